package org.redress.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart. The library comes from its Maven Central webjar and is loaded at run time, so no custom
 * frontend bundle is needed; the option object is built in Java and handed over as JSON.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://assets/charts/redress-charts.js")
public class EChart extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String optionJson = "{}";

    public EChart(String width, String height) {
        addClassName("echart");
        setWidth(width);
        setHeight(height);
    }

    /** Sets the chart's option (an ECharts option object as maps, lists and values). */
    public void setOption(Object option) {
        optionJson = JSON.writeValueAsString(option);
        if (isAttached()) {
            render();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        render();
    }

    private void render() {
        getElement().executeJs("window.redressCharts.render(this, $0)", optionJson);
    }
}
