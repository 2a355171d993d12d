/** The samizdat version printed in colophons and `--version`. */
export const version = '0.1.0'
