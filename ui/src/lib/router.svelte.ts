/**
 * A tiny typed router: the screen is state, mirrored in the URL hash (`#/badges`)
 * so that links are plain `<a href>` and the back button works.
 */

export const ROUTES = ['home', 'badges', 'skills', 'trainings', 'cv', 'review', 'settings'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'home';

export function isRoute(value: string): value is Route {
  return (ROUTES as readonly string[]).includes(value);
}

/** The link to `route`, or to one item of it (`#/badges/<id>`). */
export function hrefFor(route: Route, item?: string): string {
  return item === undefined ? `#/${route}` : `#/${route}/${encodeURIComponent(item)}`;
}

export interface Location {
  route: Route;
  /** The item shown within the screen (a badge's id), if any. */
  item: string | null;
}

/**
 * The route a hash names. An empty hash or an unknown route is the default one;
 * a hash that is not a route at all (`#main`, an in-page anchor) gives `null`.
 */
export function parseHash(hash: string): Route | null {
  return parseLocation(hash)?.route ?? null;
}

/** The screen and item a hash names (`#/badges/urn%3Auuid%3A1`), like `parseHash`. */
export function parseLocation(hash: string): Location | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h === '' || h === '/') return { route: DEFAULT_ROUTE, item: null };
  if (!h.startsWith('/')) return null;
  const [name = '', encoded] = (h.slice(1).split('?')[0] ?? '').split('/');
  if (!isRoute(name)) return { route: DEFAULT_ROUTE, item: null };
  let item: string | null = null;
  if (encoded) {
    try {
      item = decodeURIComponent(encoded);
    } catch {
      item = null;
    }
  }
  return { route: name, item };
}

export class Router {
  current = $state<Route>(DEFAULT_ROUTE);
  /** The item shown within the current screen, from `#/route/<item>`. */
  item = $state<string | null>(null);
  readonly #window: Window;

  constructor(win: Window) {
    this.#window = win;
    this.sync();
  }

  /** Follow the URL hash from now on; returns the function that stops it. */
  start(): () => void {
    const onChange = (): void => this.sync();
    this.#window.addEventListener('hashchange', onChange);
    return () => this.#window.removeEventListener('hashchange', onChange);
  }

  /** Take the route from the URL hash (hashes that are not routes are ignored). */
  sync(): void {
    const location = parseLocation(this.#window.location.hash);
    if (location === null) return;
    this.current = location.route;
    this.item = location.item;
  }

  /** Show `route` (one `item` of it, if given) and put it in the URL. */
  go(route: Route, item?: string): void {
    this.current = route;
    this.item = item ?? null;
    const now = parseLocation(this.#window.location.hash);
    if (now?.route !== route || now.item !== this.item) {
      this.#window.location.hash = hrefFor(route, item);
    }
  }
}

export const router = new Router(window);
