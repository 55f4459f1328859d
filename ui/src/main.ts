import './lib/theme.css';
import './app.css';

import { mount } from 'svelte';

import App from './App.svelte';
import { uiReady } from './ipc';
import { setLanguage } from './lib/i18n.svelte';
import { negotiateLanguage } from './lib/languages';
import { session } from './lib/session.svelte';
import { applyTheme } from './lib/theme';
import { startApp } from './startup';

// Until the wallet answers: the browser's language and the system's colours.
setLanguage(negotiateLanguage(navigator.languages));
applyTheme('system');

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });

void startApp(() => session.load(), uiReady);
