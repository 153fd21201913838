import { createCatalogue } from '../core/strings.js';

const en = {
  title: 'Which career could suit you?',
  progress: 'Question {n} of {total}',
  next: 'Next',
  finish: 'See my results',
  back: 'Back',
  choose: 'Choose an answer to go on.',
  results: 'Your matches',
  match: '{score}% match',
  tied: 'tied',
  note: 'A starting point for exploring, not a test of ability. Your answers stay in this browser.',
  flat: 'No clear match emerged: your answers fit these careers about equally well.',
  chose: 'You chose “{label}”',
  offers: 'this career offers that',
  little: 'this career has little of that',
  noReasons: 'Few of your answers point to this career.',
  unscored: '{title} was not scored: it has no quiz profile.',
  empty: 'There is no quiz for these careers.',
  restart: 'Start again',
};

/** The quiz's UI strings; publishers override them with `setStrings(locale, { quiz: {...} })`. */
export const quizStrings = createCatalogue('quiz', {
  en,
  // `satisfies` makes the type checker insist on every English key in Spanish too.
  es: {
    title: '¿Qué profesión podría encajar contigo?',
    progress: 'Pregunta {n} de {total}',
    next: 'Siguiente',
    finish: 'Ver mis resultados',
    back: 'Atrás',
    choose: 'Elige una respuesta para continuar.',
    results: 'Tus coincidencias',
    match: '{score} % de coincidencia',
    tied: 'empate',
    note: 'Un punto de partida para explorar, no una prueba de aptitud. Tus respuestas no salen de este navegador.',
    flat: 'No hay una coincidencia clara: tus respuestas encajan casi por igual con estas profesiones.',
    chose: 'Elegiste «{label}»',
    offers: 'esta profesión lo ofrece',
    little: 'esta profesión tiene poco de eso',
    noReasons: 'Pocas de tus respuestas apuntan a esta profesión.',
    unscored: '{title} no se puntuó: no tiene perfil para el cuestionario.',
    empty: 'No hay cuestionario para estas profesiones.',
    restart: 'Empezar de nuevo',
  } satisfies Record<keyof typeof en, string>,
});
