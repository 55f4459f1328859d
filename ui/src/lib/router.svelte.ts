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

/** The link to `route`. */
export function hrefFor(route: Route): string {
  return `#/${route}`;
}

/**
 * The route a hash names. An empty hash or an unknown route is the default one;
 * a hash that is not a route at all (`#main`, an in-page anchor) gives `null`.
 */
export function parseHash(hash: string): Route | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h === '' || h === '/') return DEFAULT_ROUTE;
  if (!h.startsWith('/')) return null;
  const name = h.slice(1).split(/[/?]/)[0] ?? '';
  return isRoute(name) ? name : DEFAULT_ROUTE;
}

export class Router {
  current = $state<Route>(DEFAULT_ROUTE);
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
    const route = parseHash(this.#window.location.hash);
    if (route !== null) this.current = route;
  }

  /** Show `route` and put it in the URL. */
  go(route: Route): void {
    this.current = route;
    if (parseHash(this.#window.location.hash) !== route) {
      this.#window.location.hash = hrefFor(route);
    }
  }
}

export const router = new Router(window);
