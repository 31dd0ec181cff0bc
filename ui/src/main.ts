import { registerLocaleData } from '@angular/common';
import localeJa from '@angular/common/locales/ja';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

registerLocaleData(localeJa);

// eslint-disable-next-line no-console -- the only place a failed bootstrap can be reported
bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
