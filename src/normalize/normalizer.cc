// Unicode folding with alignment. ASCII bytes take a copy-through fast path;
// everything else goes through utf8proc (decomposition, compatibility
// mapping, mark stripping) plus a small table for typographic marks and
// Latin letters that have no decomposition ("ı", "ł", "ø", "ß").
#include "normalize/normalizer.h"

#include <utf8proc.h>

#include <string>

namespace dragoman {
namespace {

// Typographic and special letters folded by hand; nullptr when not listed.
const char* SpecialFold(utf8proc_int32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2014: case 0x2015:  // em dash, horizontal bar: clause separators
      return "--";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    case 0x0131: return "i";
    case 0x0130: return "I";
    case 0x0142: return "l";
    case 0x0141: return "L";
    case 0x00F8: return "o";
    case 0x00D8: return "O";
    case 0x0111: return "d";
    case 0x0110: return "D";
    case 0x00DF: return "ss";
    case 0x00E6: return "ae";
    case 0x00C6: return "AE";
    case 0x0153: return "oe";
    case 0x0152: return "OE";
    case 0x00FE: return "th";
    case 0x00F0: return "d";
    case 0xFFFD: return "\xEF\xBF\xBD";
    default:
      return nullptr;
  }
}

// Appends the folded form of code point `c` to `out`.
void FoldCodePoint(utf8proc_int32_t c, std::string* out) {
  if (const char* s = SpecialFold(c)) {
    *out += s;
    return;
  }
  const utf8proc_category_t cat = utf8proc_category(c);
  if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
      cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_CC) {
    *out += ' ';
    return;
  }
  if (cat == UTF8PROC_CATEGORY_CF) return;  // soft hyphen, zero-width joiners
  utf8proc_int32_t buf[16];
  int last_boundclass = 0;
  const utf8proc_ssize_t n = utf8proc_decompose_char(
      c, buf, 16,
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK),
      &last_boundclass);
  if (n <= 0 || n > 16) {
    utf8proc_uint8_t enc[4];
    out->append(reinterpret_cast<char*>(enc), utf8proc_encode_char(c, enc));
    return;
  }
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    if (const char* s = SpecialFold(buf[i])) {
      *out += s;
      continue;
    }
    utf8proc_uint8_t enc[4];
    out->append(reinterpret_cast<char*>(enc), utf8proc_encode_char(buf[i], enc));
  }
}

// Folds `text`; when `offsets` is non-null records the source byte of each
// output byte; when `doc` is non-null records diagnostics.
void FoldInto(std::string_view text, std::string* out, std::vector<uint32_t>* offsets,
              Document* doc) {
  out->reserve(text.size() + 16);
  if (offsets) offsets->reserve(text.size() + 17);
  size_t i = 0;
  int bad_reported = 0;
  while (i < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    const size_t before = out->size();
    size_t len = 1;
    if (b < 0x80) {
      if (b == 0) {
        *out += ' ';
        if (doc && bad_reported++ < 20) doc->diagnostics.push_back({uint32_t(i), "NUL byte replaced by a space"});
      } else if (b < 0x20 && b != '\n' && b != '\t' && b != '\r') {
        *out += ' ';
      } else {
        *out += static_cast<char>(b);
      }
    } else {
      utf8proc_int32_t c;
      const utf8proc_ssize_t n = utf8proc_iterate(
          reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
          static_cast<utf8proc_ssize_t>(text.size() - i), &c);
      if (n < 0) {
        *out += "\xEF\xBF\xBD";
        if (doc && bad_reported++ < 20) {
          doc->diagnostics.push_back({uint32_t(i), "invalid UTF-8 byte replaced by U+FFFD"});
        }
      } else {
        len = static_cast<size_t>(n);
        FoldCodePoint(c, out);
      }
    }
    if (offsets) offsets->resize(out->size(), static_cast<uint32_t>(i));
    (void)before;
    i += len;
  }
  if (offsets) offsets->push_back(static_cast<uint32_t>(text.size()));
}

}  // namespace

void Normalize(Document* doc, NormalizedText* out) {
  out->shape.clear();
  out->offsets.clear();
  FoldInto(doc->text, &out->shape, &out->offsets, doc);
}

std::string FoldShape(std::string_view text) {
  std::string out;
  FoldInto(text, &out, nullptr, nullptr);
  return out;
}

std::string LowerAscii(std::string_view shape) {
  std::string out(shape);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out += static_cast<char>(b);
      ++i;
      continue;
    }
    utf8proc_int32_t c;
    const utf8proc_ssize_t n = utf8proc_iterate(
        reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
        static_cast<utf8proc_ssize_t>(text.size() - i), &c);
    if (n < 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text.substr(i, static_cast<size_t>(n)));
      i += static_cast<size_t>(n);
    }
  }
  return out;
}

}  // namespace dragoman
