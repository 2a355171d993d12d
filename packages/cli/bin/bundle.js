/**
 * The command runs from one bundle of its TypeScript and dependencies, made
 * by esbuild into `dist/` (never committed) and remade whenever a source file
 * changes. Loading hundreds of modules through tsx's hooks takes about two
 * seconds before any work; the bundle loads in a few hundred milliseconds.
 * Where esbuild is missing, `samizdat.js` falls back to tsx.
 *
 * Modules that find their data beside themselves (`import.meta.url`,
 * `__dirname`, `createRequire`) keep doing so: each module's own location is
 * written into the bundle in place of those expressions, so dictionaries,
 * fonts and Paged.js are read where pnpm installed them.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const cliRoot = join(here, '..')
const packagesRoot = join(cliRoot, '..')
export const distDir = join(cliRoot, 'dist')

/** Every source file the bundle is made from: the workspace packages' `src/` and `data/`, and the lockfile. */
function sourceFiles() {
  const files = []
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name)
      if (e.isDirectory()) walk(path)
      else files.push(path)
    }
  }
  for (const pkg of readdirSync(packagesRoot).sort()) {
    for (const part of ['src', 'data', 'package.json']) {
      const path = join(packagesRoot, pkg, part)
      try {
        if (statSync(path).isDirectory()) walk(path)
        else files.push(path)
      } catch {
        // A package without data.
      }
    }
  }
  files.push(join(packagesRoot, '..', 'pnpm-lock.yaml'))
  return files
}

/** A digest of the sources: the bundle's stamp, and the code part of the build cache's keys. */
export function sourceDigest() {
  const hash = createHash('sha256')
  for (const file of sourceFiles()) {
    try {
      hash.update(relative(packagesRoot, file)).update(readFileSync(file))
    } catch {
      // The lockfile of an installed copy may be absent.
    }
  }
  return hash.digest('hex')
}

/** The bundle's entry, made anew when stale; undefined when esbuild cannot be loaded. */
export async function freshBundle() {
  const digest = sourceDigest()
  // One folder per digest, written whole then renamed into place: builds running
  // side by side (tests, two terminals) never see a half-made bundle.
  const dir = join(distDir, digest.slice(0, 16))
  const entry = pathToFileURL(join(dir, 'samizdat.mjs')).href
  if (existsSync(join(dir, 'samizdat.mjs'))) return entry
  let esbuild
  try {
    esbuild = createRequire(join(cliRoot, 'package.json'))('esbuild')
  } catch {
    return undefined
  }
  await makeBundle(esbuild, digest, dir)
  removeStale(dir)
  return entry
}

/** Bundles of older sources, past an hour (a process started from one may still be running). */
function removeStale(current) {
  for (const name of readdirSync(distDir)) {
    const path = join(distDir, name)
    if (path === current) continue
    try {
      if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true })
    } catch {
      // Removed by another process.
    }
  }
}

/** esbuild plugin: each module keeps its own location (see the file's header). */
const ownLocation = {
  name: 'own-location',
  setup(build) {
    build.onLoad({ filter: /\.(m?[jt]s|cjs)$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
      const loader = args.path.endsWith('.ts') ? 'ts' : 'js'
      if (!/import\.meta\.(url|resolve|dirname|filename)|__dirname|__filename/.test(text)) return { contents: text, loader }
      const url = JSON.stringify(pathToFileURL(args.path).href)
      const contents = text
        .replace(/\bimport\.meta\.url\b/g, url)
        .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(dirname(args.path)))
        .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path))
        .replace(/\bimport\.meta\.resolve\(/g, `((s) => import.meta.resolve(s, ${url}))(`)
        .replace(/(?<![.\w$])__dirname\b/g, JSON.stringify(dirname(args.path)))
        .replace(/(?<![.\w$])__filename\b/g, JSON.stringify(args.path))
      return { contents, loader }
    })
  },
}

async function makeBundle(esbuild, digest, dir) {
  const temp = `${dir}.${process.pid}.tmp`
  rmSync(temp, { recursive: true, force: true })
  mkdirSync(temp, { recursive: true })
  await esbuild.build({
    entryPoints: {
      samizdat: join(cliRoot, 'src', 'bin.ts'),
      worker: join(packagesRoot, 'samizdat', 'src', 'lib', 'worker.ts'),
    },
    outdir: temp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    // Modules with top-level await, and optional native or browser-only parts, load from where they are.
    plugins: [ownLocation, externalByPath(['dictionary-en', 'dictionary-en-gb', 'playwright-core', 'fsevents'])],
    banner: {
      // CommonJS dependencies call `require`; the worker pool needs the bundled worker's address.
      js: [
        "import { createRequire as __samizdatRequire } from 'node:module';",
        'const require = __samizdatRequire(import.meta.url);',
        "globalThis.__samizdatBundle ??= { worker: new URL('./worker.mjs', import.meta.url).href };",
      ].join('\n'),
    },
    define: { 'process.env.SAMIZDAT_CODE_DIGEST': JSON.stringify(digest) },
  })
  try {
    renameSync(temp, dir)
  } catch (error) {
    // Another process made the same bundle first: use theirs.
    rmSync(temp, { recursive: true, force: true })
    if (!existsSync(join(dir, 'samizdat.mjs'))) throw error
  }
}

/** esbuild plugin: these packages stay outside the bundle, imported by their installed file's absolute address. */
function externalByPath(names) {
  const filter = new RegExp(`^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')})(/|$)`)
  return {
    name: 'external-by-path',
    setup(build) {
      build.onResolve({ filter }, async (args) => {
        if (args.pluginData?.own) return undefined
        const resolved = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: { own: true } })
        if (resolved.errors.length) return { errors: resolved.errors }
        return { path: pathToFileURL(resolved.path).href, external: true }
      })
    },
  }
}
