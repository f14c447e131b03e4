// jixiao's page script: charts drawn from the tables the server rendered (the tables stay for reading and printing),
// the search form refilled from the URL, the current nav item marked, and the upload form's progress.
// Reads text only through textContent and writes it only through textContent: no document text becomes markup.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  markNav();
  refillForms();
  drawCharts();
  watchUpload();
});

function markNav() {
  const nav = document.body.dataset.nav;
  document.querySelectorAll('header nav a').forEach(a => {
    if (a.dataset.nav === nav) a.classList.add('active');
  });
}

function refillForms() {
  const params = new URLSearchParams(location.search);
  document.querySelectorAll('form.search').forEach(form => {
    for (const el of form.elements) {
      if (!el.name || !params.has(el.name)) continue;
      if (el.type === 'checkbox') el.checked = params.get(el.name) === el.value;
      else if (el.value === '' || el.tagName === 'SELECT') el.value = params.get(el.name);
    }
  });
}

function drawCharts() {
  if (typeof echarts === 'undefined') return;
  document.querySelectorAll('table.bars[data-chart]').forEach(table => {
    const rows = [...table.querySelectorAll('tbody tr')];
    if (rows.length === 0) return;
    const labels = rows.map(r => r.cells[0].textContent.trim());
    const values = rows.map(r => Number(r.cells[1].textContent));
    const links = rows.map(r => { const a = r.cells[0].querySelector('a'); return a ? a.getAttribute('href') : null; });
    const box = document.createElement('div');
    box.className = 'chart';
    table.before(box);
    const chart = echarts.init(box);
    const pie = table.dataset.chart === 'pie';
    chart.setOption(pie ? {
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: '65%', data: labels.map((l, i) => ({ name: l, value: values[i] })) }]
    } : {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 10, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 6 ? 40 : 0, interval: 0 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#8b1a1a' } }]
    });
    chart.on('click', p => { if (links[p.dataIndex]) location.href = links[p.dataIndex]; });
    window.addEventListener('resize', () => chart.resize());
  });
}

function watchUpload() {
  const form = document.getElementById('upload');
  if (!form) return;
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const progress = document.getElementById('progress');
    const state = document.getElementById('state');
    progress.hidden = false;
    state.textContent = '上传中';
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form) });
    const body = await response.json();
    if (!response.ok) {
      state.textContent = '失败：' + body.error;
      return;
    }
    poll(body.id, body.files.length);
  });
}

async function poll(id, files) {
  const state = document.getElementById('state');
  const list = document.getElementById('lines');
  const bar = document.getElementById('bar');
  const summary = document.getElementById('summary');
  const response = await fetch('/api/imports/' + encodeURIComponent(id));
  const s = await response.json();
  state.textContent = s.state + (s.stage ? '：' + s.stage : '') + (s.error ? '：' + s.error : '');
  list.replaceChildren(...s.lines.map(line => { const li = document.createElement('li'); li.textContent = line; return li; }));
  bar.max = files;
  bar.value = Math.min(files, s.lines.filter(l => /^\[\d+\/\d+\]/.test(l)).length);
  if (s.summary) summary.textContent = s.summary;
  if (s.state === '排队' || s.state === '导入中') setTimeout(() => poll(id, files), 700);
  else bar.value = files;
}
