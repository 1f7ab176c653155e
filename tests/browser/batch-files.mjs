// Spreadsheet files for the batch page's tests and benchmark: the smallest
// .xlsx Excel opens (a zip of deflated parts, one sheet of inline strings),
// and an RFC 4180 reader for the CSVs the page and the CLI write.
import { crc32, deflateRawSync } from 'node:zlib';

/** RFC 4180: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''));
    } else field += c;
  }
  if (field !== '' || row.length) (row.push(field), rows.push(row));
  return rows;
}

/** A zip archive of deflated entries: { name: string|Buffer }. */
export function zip(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data, { level: 6 });
    const nameBytes = Buffer.from(name);
    const header = (central_) => {
      const b = Buffer.alloc(central_ ? 46 : 30);
      let o = 0;
      (b.writeUInt32LE(central_ ? 0x02014b50 : 0x04034b50, o), (o += 4));
      if (central_) (b.writeUInt16LE(20, o), (o += 2));
      (b.writeUInt16LE(20, o), (o += 2)); // version needed
      (b.writeUInt16LE(0x0800, o), (o += 2)); // UTF-8 names
      (b.writeUInt16LE(8, o), (o += 2)); // deflate
      (b.writeUInt32LE(0, o), (o += 4)); // time, date
      (b.writeUInt32LE(crc32(data), o), (o += 4));
      (b.writeUInt32LE(packed.length, o), (o += 4));
      (b.writeUInt32LE(data.length, o), (o += 4));
      (b.writeUInt16LE(nameBytes.length, o), (o += 2));
      (b.writeUInt16LE(0, o), (o += 2)); // extra
      if (central_) {
        (b.writeUInt16LE(0, o), (o += 2)); // comment
        (b.writeUInt32LE(0, o), (o += 4)); // disk, internal attributes
        (b.writeUInt32LE(0, o), (o += 4)); // external attributes
        b.writeUInt32LE(offset, o);
      }
      return b;
    };
    central.push(header(true), nameBytes);
    const local = [header(false), nameBytes, packed];
    parts.push(...local);
    offset += local.reduce((n, b) => n + b.length, 0);
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/** Rows of text as an .xlsx: one sheet, every cell an inline string (as typed); blank cells left out. */
export function makeXlsx(table) {
  return makeWorkbook([{ name: '企业名单', table }]);
}

/** Sheets of rows of text as an .xlsx, in order: [{ name, table }]. */
export function makeWorkbook(sheets) {
  const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const column = (i) =>
    i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
  const sheetXml = (table) =>
    table.map((line, r) => {
      const cells = line.map((v, c) =>
        v === '' ? '' : `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`,
      );
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    });
  const ns = 'http://schemas.openxmlformats.org';
  const n = sheets.map((_, i) => i + 1);
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${n.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>${sheets.map((sheet, i) => `<sheet name="${esc(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships">${n.map((i) => `<Relationship Id="rId${i}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')}</Relationships>`,
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${sheetXml(sheet.table).join('')}</sheetData></worksheet>`;
  });
  return zip(files);
}
