/**
 * The shipped fonts (see kiosk.css) by the languages whose script needs them, each with a sample
 * of its script and its @fontsource package. Read by the kiosk and by the build, which makes the
 * welcome screen's small copies of them (scripts/welcome-fonts.ts).
 */
export interface ScriptFont {
  family: string;
  /** The family of the welcome screen's copy: only the glyphs its strings need. */
  welcomeFamily: string;
  sample: string;
  /** The @fontsource package and its file name stem, as `<stem>-<weight>-normal.woff2`. */
  pkg: string;
  stem: string;
}

const ARABIC: ScriptFont = {
  family: 'Noto Sans Arabic',
  welcomeFamily: 'Servicepunkt Welcome Arabic',
  sample: 'ا',
  pkg: '@fontsource/noto-sans-arabic',
  stem: 'noto-sans-arabic-arabic',
};
const ETHIOPIC: ScriptFont = {
  family: 'Noto Sans Ethiopic',
  welcomeFamily: 'Servicepunkt Welcome Ethiopic',
  sample: 'ቋ',
  pkg: '@fontsource/noto-sans-ethiopic',
  stem: 'noto-sans-ethiopic-ethiopic',
};

export const SCRIPT_FONTS: Readonly<Record<string, ScriptFont>> = { ar: ARABIC, fa: ARABIC, prs: ARABIC, ti: ETHIOPIC };

/** The weights the kiosk ships and the welcome screen uses. */
export const FONT_WEIGHTS = ['400', '700'] as const;

/** The `common` keys the welcome screen shows (its strings.ts reads the same ones). */
export const WELCOME_KEYS = ['app.name', 'attract.welcome', 'attract.start', 'attract.chooseLanguage'] as const;
