/** What each generated command resolves to (tauri-specta's shape, not exported by it). */
export type Result<T, E> = { status: 'ok'; data: T } | { status: 'error'; error: E };
