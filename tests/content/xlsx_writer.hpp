#pragma once
// Builds small .xlsx files in memory for the tests and the fuzz seed corpus (libzip): the parts
// Excel writes for a one-sheet workbook, with the cells given as XML. No binary fixtures needed.
#include <zip.h>

#include <map>
#include <string>

namespace marquee::testing {

// parts: member name -> contents. Returns the archive's bytes ("" if libzip failed).
inline std::string make_zip(const std::map<std::string, std::string>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!src) return {};
  zip_source_keep(src);
  zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  if (!z) {
    zip_source_free(src);
    return {};
  }
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
    zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE);
  }
  std::string out;
  if (zip_close(z) == 0 && zip_source_open(src) == 0) {
    zip_source_seek(src, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    out.resize(static_cast<std::size_t>(size));
    zip_source_read(src, out.data(), static_cast<zip_uint64_t>(size));
    zip_source_close(src);
  }
  zip_source_free(src);
  zip_error_fini(&error);
  return out;
}

// A workbook whose first sheet (named by the workbook, not by file order) is sheet_xml's
// <sheetData> content; shared_strings_xml the <si> items ("" for no sharedStrings part).
inline std::string make_xlsx(const std::string& sheet_data, const std::string& shared_strings = "") {
  const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::map<std::string, std::string> parts;
  parts["[Content_Types].xml"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  parts["xl/workbook.xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns + "\" xmlns:r=\"" +
                             rel_ns + "\"><sheets><sheet name=\"Exhibitors\" sheetId=\"1\" r:id=\"rId7\"/>" +
                             "<sheet name=\"Notes\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" + rel_ns + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId7\" Type=\"" + rel_ns + "/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>";
  parts["xl/worksheets/sheet1.xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns +
                                      "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>notes, not "
                                      "exhibitors</t></is></c></row></sheetData></worksheet>";
  parts["xl/worksheets/sheet2.xml"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + ns + "\"><sheetData>" +
      sheet_data + "</sheetData></worksheet>";
  if (!shared_strings.empty())
    parts["xl/sharedStrings.xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + ns + "\">" +
                                    shared_strings + "</sst>";
  return make_zip(parts);
}

}  // namespace marquee::testing
