// Numbers and durations as the batch page writes them, in both languages.

/** 12,345 in both languages (no Intl: the same digits everywhere). */
export const count = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** Seconds as "8 秒", "2 分 5 秒" / "8 s", "2 min 5 s". */
export const duration = (seconds, zh) => {
  const s = Math.max(1, Math.round(seconds));
  const m = Math.floor(s / 60);
  if (zh) return m ? `${m} 分 ${s % 60} 秒` : `${s} 秒`;
  return m ? `${m} min ${s % 60} s` : `${s} s`;
};
