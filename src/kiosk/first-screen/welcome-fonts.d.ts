/** The welcome screen's small fonts, made by the build (scripts/welcome-fonts.ts). */
declare module 'virtual:welcome-fonts' {
  const faces: ReadonlyArray<{ family: string; weight: string; url: string }>;
  export default faces;
}
