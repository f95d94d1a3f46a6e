/// The one style sheet of every report page, inlined so a page works offline and
/// from file:// with nothing to fetch. System fonts only: the reader's own CJK font.
///
/// Colour is never the only signal: insertions and deletions carry a text label
/// (::before) and an underline or strike-through; bars carry their numbers in text;
/// matrix cells carry the similarity as a number.
enum ReportStyle {
    static let css: StaticString = """
    :root{--ins:#d7f5dd;--ins-b:#1a7f37;--del:#ffe1e1;--del-b:#b42318;--mark:#fff2a8;--line:#d0d7de;--muted:#57606a;--head:#f6f8fa}
    *{box-sizing:border-box}
    body{margin:0 auto;max-width:1280px;padding:1rem;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.6;color:#1f2328;background:#fff}
    h1{font-size:1.5rem;margin:.2rem 0 1rem}
    h2{font-size:1.25rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
    h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
    a{color:#0550ae}
    table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}
    th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
    thead th{background:var(--head);position:sticky;top:0}
    th[scope=row]{background:var(--head);font-weight:600}
    .muted,.reason{color:var(--muted);font-size:.85rem}
    .docs td,.docs th{width:auto}
    table.counts{width:auto;min-width:24rem}
    .warnings{margin:.3rem 0;padding-left:1.2rem}
    .warnings li{color:#7a4d00}
    nav.toc ol{columns:2;margin:.2rem 0}
    .back{font-size:.9rem}
    .text{white-space:pre-wrap;overflow-wrap:anywhere}
    a[href^="#ref-"],a[href^="#loc-"],.num,.val,.path{white-space:nowrap}
    a.titled{white-space:normal}
    .units .roles{display:block;font-size:.85rem}
    .pairs{table-layout:fixed}
    .pairs col.side{width:42%}
    .pairs col.kind{width:16%}
    .anchor{display:inline-block;font-size:.8rem;font-weight:600;color:var(--muted);text-decoration:none;margin-right:.4rem;border:1px solid var(--line);border-radius:3px;padding:0 .25rem}
    .anchor:target,tr:target td{outline:2px solid #0969da}
    ins{background:var(--ins);text-decoration:underline;text-decoration-color:var(--ins-b)}
    del{background:var(--del);text-decoration:line-through;text-decoration-color:var(--del-b)}
    ins::before{content:"［增：";font-size:.75em;color:var(--ins-b);text-decoration:none}
    ins::after{content:"］";font-size:.75em;color:var(--ins-b)}
    del::before{content:"［删：";font-size:.75em;color:var(--del-b)}
    del::after{content:"］";font-size:.75em;color:var(--del-b)}
    span.moved-text{background:#efe6ff;text-decoration:underline dotted #8250df}
    span.moved-text::before{content:"［移：";font-size:.75em;color:#8250df}
    span.moved-text::after{content:"］";font-size:.75em;color:#8250df}
    .split-heading{color:var(--muted);font-style:italic}
    mark{background:var(--mark);outline:1px dashed #9a6700}
    mark::before{content:"#";font-size:.7em;color:#9a6700}
    tr.omitted td.ref{background:#fff5f5}
    tr.added td.loc{background:#f3fbf4}
    tr.unverifiable td.loc{background:#f6f3fb}
    tr.heading td{background:#fbfbfb;color:var(--muted)}
    .empty{color:var(--muted);font-style:italic}
    .badge{display:inline-block;font-size:.8rem;font-weight:600;padding:0 .35rem;border-radius:3px;border:1px solid currentColor}
    .k-match{color:#1a7f37}.k-partial{color:#9a6700}.k-moved{color:#8250df}.k-omitted{color:#b42318}.k-added{color:#1a7f37}.k-unverifiable{color:#6639ba}.k-heading{color:var(--muted)}.k-revised{color:#9a6700}
    .dir{color:var(--muted);font-weight:600}.flag{color:#b42318;font-weight:600}
    ul.coverage{list-style:none;padding:0;margin:.3rem 0 .8rem}
    .sentences{margin:.5rem 0 0;font-size:.9rem}
    .sentences ul{margin:.1rem 0;padding-left:1.1rem}
    .step{display:block;font-size:.8rem;margin-top:.3rem}
    .bars td{vertical-align:middle}
    svg.bar{display:block;max-width:100%}
    .bar .kept{fill:#2da44e}.bar .lost{fill:#cf222e}.bar .rest{fill:#eaeef2}
    dl.legend{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
    dl.legend dt{font-weight:600}
    .tree ul{padding-left:1.4rem;border-left:1px dotted var(--line)}
    .tree li{margin:.3rem 0}
    .matrix-wrap{overflow-x:auto}
    .matrix td{text-align:center;font-variant-numeric:tabular-nums;white-space:nowrap}
    .matrix th[scope=row]{font-weight:400;min-width:14rem}
    .s-hi{background:#2da44e;color:#fff}.s-mid{background:#aceebb}.s-lo{background:#fff8c5}.s-none{background:#ffebe9;color:#82071e}.s-na{background:#fff;color:var(--muted)}
    .s-hi a{color:#fff}.s-none a{color:#82071e}.s-mid a,.s-lo a{color:#1f2328}
    .lower{color:#b42318;font-weight:600}.higher{color:#1a7f37;font-weight:600}
    @media screen and (max-width:700px){
      body{padding:.5rem}
      nav.toc ol{columns:1}
      table{display:block;overflow-x:auto;max-width:100%}
      th,td{overflow-wrap:break-word;word-break:normal;min-width:3.2em}
      th[scope=row]{min-width:5.5em}
      .docs .path{white-space:normal}
      table.counts{min-width:0}
      dl.legend{grid-template-columns:1fr;gap:0}
      dl.legend dd{margin:0 0 .5rem}
      svg.bar{width:100px}
      .pairs,.pairs thead,.pairs tbody,.pairs tr,.pairs td,.pairs th{display:block;width:100%}
      .pairs col{display:none}
      .pairs thead{display:none}
      .pairs tr{border:1px solid var(--line);margin-bottom:.6rem}
      .pairs td{border:none;border-top:1px solid var(--line)}
      .pairs td.ref::before{content:"参照 Reference";display:block;font-size:.75rem;color:var(--muted)}
      .pairs td.loc::before{content:"本地 Local";display:block;font-size:.75rem;color:var(--muted)}
    }
    @page{size:A4;margin:14mm 12mm}
    @media print{
      body{max-width:none;padding:0;font-size:10pt}
      h1{font-size:14pt;margin:0 0 .4rem}
      h2{break-after:avoid}
      .pairs col.side{width:43%}.pairs col.kind{width:14%}
      .reason{display:none}
      nav.toc,.step,.back{display:none}
      thead th{position:static}
      thead{display:table-header-group}
      tr{break-inside:avoid}
      a{color:inherit;text-decoration:none}
      ins,del,mark,.s-hi,.s-mid,.s-lo,.s-none{-webkit-print-color-adjust:exact}
    }
    """
}
