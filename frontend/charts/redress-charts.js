// Small helper around Apache ECharts (loaded from the webjar) for the portal's Java chart component.
// Keeps one chart instance per element and resizes it with its container.
window.redressCharts = window.redressCharts || {
  render(element, optionJson) {
    if (!window.echarts) {
      element.textContent = 'Charts could not be loaded.';
      return;
    }
    const chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    chart.setOption(JSON.parse(optionJson), true);
    if (!element.__redressResize) {
      element.__redressResize = new ResizeObserver(() => chart.resize());
      element.__redressResize.observe(element);
    }
  }
};
