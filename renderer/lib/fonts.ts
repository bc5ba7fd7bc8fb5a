import hebrew from '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf'
import japanese from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'

/**
 * Names in any script must show on any laptop, offline. These bundled fonts cover scripts that
 * system fonts often lack; the unicode ranges mean each file is read only when such text appears.
 */
const FALLBACKS = [
  {
    family: 'Smartketing Fallback',
    url: japanese,
    range: 'U+3000-30FF, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FF00-FFEF',
  },
  { family: 'Smartketing Fallback', url: hebrew, range: 'U+0590-05FF, U+FB1D-FB4F' },
]

export const registerFallbackFonts = () => {
  for (const f of FALLBACKS)
    document.fonts.add(new FontFace(f.family, `url(${f.url})`, { unicodeRange: f.range }))
}
