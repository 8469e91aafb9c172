/**
 * Name fragments for generated friends: what real friend lists look like (CJK, Latin with
 * diacritics, right-to-left scripts, emoji including ZWJ sequences and flags, markup-like quotes).
 */
export const CJK_NAMES: readonly string[] = [
  '张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴昊', '小明', '阿强',
  '快乐星球', '一只猫', '夜空中最亮的星', '不想上班', '林小雨', '程序员老王', '抖音用户', '蓝色天空',
  'さくら', 'たけし', 'ゆうき', 'ハルカ', '田中太郎', '민준', '서연', '지우', '하늘',
];

/** Optional endings appended to some CJK names. */
export const CJK_SUFFIXES: readonly string[] = ['酱', '同学', '大王', '宝宝', '666', '_', 'ちゃん', '님'];

/** Latin-script names, some with diacritics, digits and quotes or markup-like characters. */
export const LATIN_NAMES: readonly string[] = [
  'Alex', 'Maria', 'Jordan', 'Kim', 'Olu', 'Søren', 'José', 'Zoë', 'Łukasz', 'Nguyễn Văn An',
  'player_1234', 'xX_Sniper_Xx', 'Ana-Lucía', 'Björn', 'Chloé', 'Dmitri', 'Ивана', 'Σοφία',
];

/** Names with quotes or markup-like characters (must render literally). */
export const QUOTED_NAMES: readonly string[] = [`O'Brien`, '"The Rock"', '<b>bold</b>', 'Tom & Jerry', "`tick`", '\\slash\\'];

/** Right-to-left names (Arabic, Hebrew). */
export const RTL_NAMES: readonly string[] = ['محمد', 'فاطمة', 'علي الأحمد', 'نور', 'יוסי', 'שרה', 'דניאל כהן'];

/** Words repeated to build very long names. */
export const LONG_NAME_WORDS: readonly string[] = ['Super', 'Mega', 'Ultra', 'Champion', 'Of', 'The', 'Universe', 'Player'];

/** Emoji appended to some names: plain, skin-tone modified, ZWJ family, flag, variation selector. */
export const EMOJI: readonly string[] = ['🎮', '🔥', '👾', '🐱', '✨', '👍🏽', '👨‍👩‍👧', '🇯🇵', '❤️'];

/** Score values that do not parse as finite numbers (must mean "no score", never 0). */
export const NON_NUMERIC_SCORES: readonly string[] = ['abc', 'NaN', '', 'N/A', '1e999', '12abc'];
