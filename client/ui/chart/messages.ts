// Texts of the generic chart, in English and Chinese.
export const chartEn = {
  'chart.noData': 'No data yet',
  'chart.loading': 'Loading chart…',
  'chart.loadFailed': 'The chart could not be loaded. The figures are in the tables.',
} satisfies Record<string, string>;

export const chartZh: Readonly<Record<keyof typeof chartEn, string>> = {
  'chart.noData': '暂无数据',
  'chart.loading': '正在加载图表…',
  'chart.loadFailed': '图表加载失败，数据见表格。',
};
