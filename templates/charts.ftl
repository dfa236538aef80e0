<#ftl output_format="HTML">
<#-- Issue 13: pictures of pay, drawn from the chart views of org.jobspecs.site.chart (coordinates and
     labels made at build time). Each is a figure: its title (the figure's name) and one-line summary,
     the drawing (aria-hidden: it repeats what the summary and the table say, and screen readers
     handle SVG text unevenly), any notes, then the same data as a table. No JavaScript. Lines are
     kept few: a department's picture may have hundreds of bars. -->

<#-- The hatching that marks "this class" and adopted schedules (with words as well: never by fill alone). -->
<#macro hatch id>
<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="chart-hatch-ground" width="6" height="6"/><line class="chart-hatch-line" x1="1.5" y1="0" x2="1.5" y2="6"/></pattern></defs>
</#macro>

<#macro caption id title summary>
<figcaption><p class="chart-title" id="${id}-title">${title}</p><p class="chart-summary">${summary}</p></figcaption>
</#macro>

<#-- A career ladder or the pay across a unit or department: horizontal bars on one scale. -->
<#macro bars chart root>
<figure class="chart chart-${chart.kind}<#if chart.compact> chart-compact</#if>" id="${chart.id}" aria-labelledby="${chart.id}-title">
<@caption chart.id chart.title chart.summary/>
<svg class="chart-svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" aria-hidden="true" focusable="false">
<#if chart.hatched><@hatch chart.id/></#if>
<g class="chart-grid"><#list chart.ticks as t><line x1="${t.x}" x2="${t.x}" y1="${chart.gridTop}" y2="${chart.gridBottom}"/></#list></g>
<#if chart.compact>
<path class="chart-bar-lines" d="${chart.path}" stroke-width="${chart.barHeight}"/>
<#else>
<#list chart.rows as r>
<text class="chart-label" x="${r.labelX}" y="${r.labelY}">${r.label}<#if r.mark?has_content><tspan class="chart-mark">${r.mark}</tspan></#if></text><text class="chart-amount" x="${r.amountX}" y="${r.amountY}" text-anchor="${r.amountAnchor}">${r.amount}</text><#if r.hasBar><rect class="chart-bar<#if r.marked> chart-bar-marked</#if>" x="${r.barX}" y="${r.barY}" width="${r.barWidth}" height="${r.barHeight}"<#if r.marked> style="fill: url(#${chart.id}-hatch)"</#if>/></#if>
</#list>
</#if>
<g class="chart-tick"><#list chart.ticks as t><text x="${t.x}" y="${t.labelY}" text-anchor="${t.anchor}">${t.label}</text></#list></g>
<text class="chart-axis" x="${chart.axisX}" y="${chart.axisY}" text-anchor="middle">${chart.axisTitle}</text>
</svg>
<#list chart.notes as n><p class="chart-note">${n}</p></#list>
<details class="chart-data"><summary>The numbers as a table</summary>
<table class="chart-table"><caption>${chart.tableCaption}</caption>
<thead><tr><#if chart.levels><th scope="col">Level</th></#if><th scope="col">Class</th><th scope="col">Pay ${chart.unit}</th></tr></thead>
<tbody>
<#list chart.table as row>
<tr<#if row.marked> class="chart-row-marked"</#if>><#if chart.levels><td>${row.level}</td></#if><th scope="row">${row.title} <span class="code">${row.code}</span><#if row.note?has_content> <#if row.marked><strong>(${row.note})</strong><#else><span class="note">(${row.note})</span></#if></#if></th><td>${row.pay}</td></tr>
</#list>
</tbody></table>
</details>
</figure>
</#macro>

<#-- A class's pay in every schedule: one column per schedule, oldest on the left. -->
<#macro history chart root>
<figure class="chart chart-history" id="${chart.id}" aria-labelledby="${chart.id}-title">
<@caption chart.id chart.title chart.summary/>
<svg class="chart-svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" aria-hidden="true" focusable="false">
<#if chart.hatched><@hatch chart.id/></#if>
<text class="chart-axis" x="0" y="12">${chart.axisTitle}</text>
<g class="chart-grid"><#list chart.ticks as t><line x1="${chart.plotLeft}" x2="${chart.plotRight}" y1="${t.y}" y2="${t.y}"/></#list></g>
<g class="chart-tick" text-anchor="end"><#list chart.ticks as t><text x="${t.labelX}" y="${t.labelY}">${t.label}</text></#list></g>
<#list chart.columns as c><rect class="chart-bar chart-bar-${c.style}" x="${c.barX}" y="${c.barTop}" width="${c.barWidth}" height="${c.barHeight}"<#if c.style == "adopted"> style="fill: url(#${chart.id}-hatch)"</#if>/></#list>
<g class="chart-amount" text-anchor="middle"><#list chart.columns as c><text x="${c.x}" y="${c.maxY}">${c.maxLabel}</text><#if c.minLabel?has_content><text x="${c.x}" y="${c.minY}">${c.minLabel}</text></#if></#list></g>
<g class="chart-label" text-anchor="middle"><#list chart.columns as c><text x="${c.x}" y="${chart.dateY}">${c.date}</text></#list></g>
<g class="chart-status" text-anchor="middle"><#list chart.columns as c><text x="${c.x}" y="${chart.statusY}">${c.status}</text></#list></g>
<g class="chart-change" text-anchor="middle"><#list chart.columns as c><#if c.change?has_content><text x="${c.x}" y="${chart.changeY}">${c.change}</text></#if></#list></g>
</svg>
<#list chart.notes as n><p class="chart-note">${n}</p></#list>
<details class="chart-data"><summary>The numbers as a table</summary>
<table class="chart-table"><caption>${chart.tableCaption}</caption>
<thead><tr><th scope="col">Schedule</th><th scope="col">Pay ${chart.unit}</th><th scope="col">Change</th></tr></thead>
<tbody>
<#list chart.table as row>
<tr><th scope="row">${row.schedule}<br><span class="note">${row.effective}, ${row.status}</span></th><td>${row.pay}</td><td>${row.change?has_content?then(row.change, "–")}</td></tr>
</#list>
</tbody></table>
</details>
</figure>
</#macro>
