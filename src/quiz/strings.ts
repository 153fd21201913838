import { createCatalogue } from '../core/strings.js';

export const quizEnglish = {
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
export const quizStrings = createCatalogue('quiz', { en: quizEnglish });
