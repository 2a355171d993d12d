/**
 * Each entry is a pattern fragment. An entry with a letter beyond ASCII
 * must need it to match (no such letter inside a group or a class), so
 * that a text without one can skip it (see `vocabulary` in `patterns.ts`).
 *
 * The words of web interfaces in the languages most pages are written in
 * besides English (French, German, Spanish, Italian, Portuguese, Dutch,
 * Russian), as pattern fragments: the same kinds of words `patterns.ts`
 * lists in English, which a page in another language prints instead. Like
 * the English lists, they name interface elements found on any site.
 */

/** Whole-line labels: share, tags, comments, print, subscribe, menus. */
export const labels = [
  // share, print, tags
  'partager(?: cet article)?',
  'teilen',
  'artikel teilen',
  'compartir',
  'compartilhar',
  'partilhar',
  'condividi',
  'delen',
  'поделиться',
  'imprimer',
  'drucken',
  'imprimir',
  'stampa',
  'afdrukken',
  'étiquettes',
  'schlagwörter',
  'schlagworte',
  'etiquetas',
  'теги',
  'метки',
  // reading time
  'tempo de leitura\\s*:?\\s*\\d+\\s*minutos?',
  'tiempo de lectura\\s*:?\\s*\\d+\\s*minutos?',
  'temps de lecture\\s*:?\\s*\\d+\\s*min(?:utes?)?',
  'lesezeit\\s*:?\\s*\\d+\\s*min(?:uten)?',
  'tempo di lettura\\s*:?\\s*\\d+\\s*min(?:uti)?',
  'leestijd\\s*:?\\s*\\d+\\s*min(?:uten)?',
  // subscribe, log in, newsletter
  'abonnez-vous',
  "s'abonner",
  's’abonner',
  'abonnieren',
  'suscríbete',
  'suscribirse',
  'assine',
  'assine já',
  'inscreva-se',
  'iscriviti',
  'abonneer(?: nu)?',
  'подписаться',
  'se connecter',
  'anmelden',
  'iniciar sesión',
  'entrar',
  'accedi',
  'inloggen',
  'войти',
  // read more, more on the subject
  'lire la suite',
  'lire aussi',
  'à lire aussi',
  'weiterlesen',
  'mehr zum thema',
  'leer más',
  'lee también',
  'leia mais',
  'leia também',
  'veja também',
  'leggi (?:anche|tutto)',
  'leggi di più',
  'continua a leggere',
  'lees (?:meer|ook)',
  'читать далее',
  'читайте также',
]

/** Titles of boxes of links to other pages ("Related articles"), as whole lines. */
export const widgetTitles = [
  'articles? (?:similaires|connexes)',
  'articles? liés',
  'articles? recommandés',
  '(?:verwandte|weitere) (?:artikel|nachrichten)',
  '(?:verwandte|weitere) beiträge',
  'ähnliche artikel',
  'ähnliche beiträge',
  'ähnliche nachrichten',
  'das könnte sie auch interessieren',
  '(?:noticias|entradas) relacionad[ao]s',
  'artículos relacionad[ao]s',
  'te puede interesar',
  '(?:artigos|posts) relacionad[ao]s',
  'notícias relacionad[ao]s',
  'você pode gostar',
  'você também pode gostar',
  '(?:articoli|post) correlati',
  'potrebbe interessarti',
  'gerelateerde (?:artikelen|berichten)',
  'похожие (?:статьи|новости)',
  "à propos de l'auteur",
  'à propos de l’auteur',
  'über (?:den autor|die autorin)',
  'sobre (?:el|o) autor',
  "sull'autore",
  'sull’autore',
  'over de auteur',
  'об авторе',
]

/** Words that may head a section of an article too: labels only outside the main text. */
export const sectionLabels = [
  'commentaires?',
  'kommentare?',
  'comentarios?',
  'comentários?',
  'commenti',
  'reacties',
  'комментарии',
]

/** The opening of a comment thread or form: "Leave a comment", "Cancel reply". */
export const commentHeads = [
  'laisser un commentaire',
  'laisser une réponse',
  'annuler la réponse',
  'kommentar (?:schreiben|verfassen|hinterlassen)',
  'schreibe einen kommentar',
  'antworten abbrechen',
  'deja (?:un comentario|una respuesta)',
  'cancelar respuesta',
  'deixe uma resposta',
  'deixe (?:um|seu) comentário',
  'cancelar resposta',
  'lascia (?:un commento|una risposta)',
  'annulla risposta',
  'laat een (?:reactie|antwoord) achter',
  'reactie annuleren',
  'оставить комментарий',
  'добавить комментарий',
]

/** Calls to action, as `actionRe` has them: subscribe, share, cookies, log in to comment. */
export const actions = [
  'abonnez-vous',
  'inscrivez-vous',
  'abonnieren sie',
  'suscríbete',
  'inscreva-se',
  'assine (?:a|o|nossa|nosso)',
  'assine já',
  'iscriviti',
  'abonneer je',
  'подпишитесь',
  'accedi per',
  'devi essere connesso',
  'debes estar registrado',
  'debes iniciar sesión',
  'você precisa (?:estar logado|fazer login)',
  'vous devez être connecté',
  'sie müssen angemeldet sein',
  'je moet ingelogd zijn',
]

/** The site speaking as "we" or "our" (beside an appeal it makes the appeal the site's). */
export const siteWords = [
  'nous',
  'notre',
  'nos',
  'wir',
  'unser(?:e[nmrs]?)?',
  'nosotros',
  'nuestr[ao]s?',
  'nós',
  'noss[ao]s?',
  'noi',
  'nostr[aoie]',
  'wij',
  'onze',
  'мы',
  'наш(?:а|е|и)?',
]

/** "All rights reserved" in a site footer. */
export const rightsReserved = [
  'tous droits réservés',
  'alle rechte vorbehalten',
  'todos los derechos reservados',
  'todos os direitos reservados',
  'tutti i diritti riservati',
  'alle rechten voorbehouden',
  'все права защищены',
]
