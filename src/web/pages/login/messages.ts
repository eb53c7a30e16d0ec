import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Sign in',
  intro: 'Sign in with the email address and password of your Mooring account.',
  email: 'Email',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
};

export const loginMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Anmelden',
    intro: 'Melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres Mooring-Kontos an.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    submitting: 'Anmeldung läuft …',
  },
};
