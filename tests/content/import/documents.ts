/**
 * Test documents, generated here: a PDF (pdf-lib), a DOCX (a zip written with fflate), HTML,
 * Markdown and plain text, all telling the same small made-up story, plus broken files.
 * None of this text comes from a real document.
 */
import { strToU8, zipSync } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";

/** One section of a test document: a heading, paragraphs, then list items. */
export interface Section {
  heading: string;
  paragraphs: string[];
  items?: string[];
}

/** The made-up story every format tells. */
export const STORY: Section[] = [
  {
    heading: "Regional cooperation",
    paragraphs: [
      "The Lakeshore Security Partnership (LSP) brings together police services from Mali, Niger and Tchad to share information on trafficking routes.",
      "Nigerian and Malian prosecutors meet twice a year with the European Union to compare cases of terrorist financing.",
    ],
    items: [
      "training border guards in forensic methods;",
      "funding a shared database of seized documents.",
    ],
  },
  {
    heading: "Prevention programmes",
    paragraphs: [
      "Community mediators in coastal towns run workshops on online recruitment for teachers and parents.",
      "The programme measures its results with yearly surveys published by an independent observatory.",
    ],
  },
];

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Plain text: headings on their own line, a bullet before each item. */
export function storyText(sections: readonly Section[] = STORY): string {
  return sections
    .map((s) =>
      [s.heading, ...s.paragraphs, ...(s.items ?? []).map((item) => `• ${item}`)].join("\n\n"),
    )
    .join("\n\n");
}

/** Markdown with a title heading. */
export function storyMarkdown(title: string, sections: readonly Section[] = STORY): string {
  const body = sections.map((s) =>
    [
      `## ${s.heading}`,
      ...s.paragraphs.map((p) => p.replace("Partnership", "**Partnership**")),
      (s.items ?? []).map((i) => `- ${i}`).join("\n"),
    ]
      .filter(Boolean)
      .join("\n\n"),
  );
  return `# ${title}\n\n${body.join("\n\n")}\n`;
}

/** A saved web page: navigation, header, sidebar and footer around the article, meta tags. */
export function storyHtml(meta: {
  title: string;
  publisher: string;
  date: string;
  rights: string;
}): string {
  const article = STORY.map(
    (s) =>
      `<h2>${escapeXml(s.heading)}</h2>${s.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join("")}` +
      (s.items ? `<ul>${s.items.map((i) => `<li>${escapeXml(i)}</li>`).join("")}</ul>` : ""),
  ).join("");
  return `<!doctype html><html lang="en"><head><title>${escapeXml(meta.title)} | Example Ministry</title>
<meta property="og:title" content="${escapeXml(meta.title)}">
<meta property="og:site_name" content="${escapeXml(meta.publisher)}">
<meta property="article:published_time" content="${meta.date}T09:00:00Z">
<meta name="copyright" content="${escapeXml(meta.rights)}">
<link rel="canonical" href="https://example.org/cooperation"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact us</a></nav></header>
<aside><h3>Subscribe</h3><p>Sign up to our newsletter.</p></aside>
<main><article><h1>${escapeXml(meta.title)}</h1>${article}</article></main>
<footer><p>Legal notice · Cookies · Site map</p></footer></body></html>`;
}

/** A PDF with a text layer: headings in a larger font, paragraphs wrapped over lines. */
export async function storyPdf(meta: {
  title: string;
  author: string;
  created: Date;
}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(meta.title);
  pdf.setAuthor(meta.author);
  pdf.setCreationDate(meta.created);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([595, 842]);
  let y = 780;
  const line = (text: string, size: number, gapBefore: number) => {
    y -= gapBefore;
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 780;
    }
    page.drawText(text, { x: 56, y, size, font });
  };
  line(meta.title, 20, 0);
  for (const section of STORY) {
    line(section.heading, 15, 34);
    for (const paragraph of section.paragraphs) {
      wrap(paragraph, 80).forEach((text, i) => {
        line(text, 11, i === 0 ? 24 : 14);
      });
    }
    for (const item of section.items ?? []) line(`• ${item}`, 11, 18);
  }
  return pdf.save();
}

/** Greedy word wrap at `width` characters. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current !== "" && `${current} ${word}`.length > width) {
      lines.push(current);
      current = word;
    } else current = current === "" ? word : `${current} ${word}`;
  }
  if (current !== "") lines.push(current);
  return lines;
}

/** A minimal DOCX: headings by style, paragraphs, bulleted items, core and app properties. */
export function storyDocx(meta: {
  title: string;
  creator: string;
  created: string;
  company?: string;
}): Uint8Array {
  const paragraph = (text: string, style?: string, list = false) =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${list ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ""}</w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  const body = [
    paragraph(meta.title, "Title"),
    ...STORY.flatMap((s) => [
      paragraph(s.heading, "Heading1"),
      ...s.paragraphs.map((p) => paragraph(p)),
      ...(s.items ?? []).map((i) => paragraph(i, "ListParagraph", true)),
    ]),
  ].join("");
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    "word/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>`,
    "word/numbering.xml": `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    "docProps/core.xml": `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(meta.title)}</dc:title><dc:creator>${escapeXml(meta.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${meta.created}</dcterms:created></cp:coreProperties>`,
    "docProps/app.xml": `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${meta.company ? `<Company>${escapeXml(meta.company)}</Company>` : ""}</Properties>`,
  };
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)])),
  );
}

/** A zip archive that is not a Word document. */
export function plainZip(): Uint8Array {
  return zipSync({ "notes.txt": strToU8("just a note") });
}

/** A PDF whose only page has a drawing and no text: what a scan looks like to a text reader. */
export async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return pdf.save();
}

/**
 * A PDF encrypted with the standard handler whose user password is not empty: readers must
 * ask for a password. Written by hand (pdf-lib does not encrypt) with a correct xref table.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (byte: number) => byte.toString(16).padStart(2, "0").repeat(32);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x4f)}> /U <${hex(0x55)}> /P -4 >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  const id = "0123456789abcdef0123456789abcdef";
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(body);
}
