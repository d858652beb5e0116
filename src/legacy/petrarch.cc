// The legacy readers. Each walks its file line by line, strips comments
// ('#' to the end of the line and <!-- ... --> blocks), and builds Lexicon
// entries; see petrarch.h for the formats.
#include "legacy/petrarch.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>

#include "normalize/normalizer.h"
#include "segment/tokenizer.h"

namespace dragoman {
namespace {

struct Line {
  uint32_t number = 0;
  bool indented = false;
  std::string text;  // comments removed, trimmed
};

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// Lines with comments removed; blank lines dropped.
std::vector<Line> ReadLines(std::string_view bytes) {
  std::vector<Line> out;
  bool in_comment = false;
  uint32_t number = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    ++number;
    std::string raw(bytes.substr(pos, eol - pos));
    pos = eol + 1;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    // <!-- ... --> (also the "<! --" some files write), possibly over lines.
    std::string kept;
    size_t i = 0;
    while (i < raw.size()) {
      if (in_comment) {
        const size_t close = raw.find("-->", i);
        if (close == std::string::npos) {
          i = raw.size();
        } else {
          in_comment = false;
          i = close + 3;
        }
        continue;
      }
      if (raw.compare(i, 2, "<!") == 0) {
        in_comment = true;
        i += 2;
        continue;
      }
      kept += raw[i++];
    }
    // '#' starts a comment, except inside a code ("[###]", the discard code)
    // and as the first letter of a name ("#NASGUL [###]").
    int depth = 0;
    for (size_t k = 0; k < kept.size(); ++k) {
      if (kept[k] == '[') ++depth;
      if (kept[k] == ']' && depth > 0) --depth;
      const bool name = k == 0 && kept.size() > 1 && !std::isspace(static_cast<unsigned char>(kept[1]));
      if (kept[k] == '#' && depth == 0 && !name) {
        kept.resize(k);
        break;
      }
    }
    const bool indented = !kept.empty() && (kept[0] == ' ' || kept[0] == '\t');
    std::string text = Trim(kept);
    if (text.empty()) continue;
    out.push_back({number, indented, std::move(text)});
  }
  return out;
}

// Folded, lower-case words of a legacy phrase: the tokenizer splits them as
// it splits text, so '_' and spaces separate words ("CARAS GALADHON",
// "NEW_ZEALAND", "ARNOR_") and "N'T" is its own word.
std::vector<std::string> LegacyWords(std::string_view phrase) {
  std::vector<std::string> words = TokenizePhrase(FoldShape(phrase));
  for (std::string& w : words) w = LowerAscii(w);
  return words;
}

// The text of the last [...] on a line, and the line without it.
bool TakeBracket(std::string* text, std::string* inside) {
  const size_t open = text->rfind('[');
  if (open == std::string::npos) return false;
  const size_t close = text->find(']', open);
  if (close == std::string::npos) return false;
  *inside = Trim(std::string_view(*text).substr(open + 1, close - open - 1));
  text->erase(open, close - open + 1);
  *text = Trim(*text);
  return true;
}

// "950601" -> "1995-06-01", "20100109" -> "2010-01-09"; empty if malformed.
std::string LegacyDate(std::string_view d) {
  for (char c : d) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return "";
  }
  if (d.size() == 6) {
    const int yy = (d[0] - '0') * 10 + (d[1] - '0');
    return fmt::format("{}{}-{}-{}", yy < 30 ? "20" : "19", d.substr(0, 2), d.substr(2, 2), d.substr(4, 2));
  }
  if (d.size() == 8) return fmt::format("{}-{}-{}", d.substr(0, 4), d.substr(4, 2), d.substr(6, 2));
  return "";
}

// An element that is not a literal: a slot, a skip.
Element Slot(ElementKind kind) {
  Element e;
  e.kind = kind;
  return e;
}

// The day before or after an ISO date.
std::string ShiftDay(const std::string& iso, int days) {
  using namespace std::chrono;
  const year_month_day ymd{year{std::stoi(iso.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                           day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
  const year_month_day shifted{sys_days{ymd} + std::chrono::days{days}};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(shifted.year()), static_cast<unsigned>(shifted.month()),
                     static_cast<unsigned>(shifted.day()));
}

class Reader {
 public:
  Reader(Lexicon* lex, std::string_view file, std::vector<std::string>* notes)
      : lex_(lex), file_(lex->InternFile(file)), notes_(notes) {}

  Status Error(uint32_t line, std::string_view message) const {
    return InvalidArgument(fmt::format("{}:{}: {}", file_, line, message));
  }
  void Note(uint32_t line, std::string_view message) const {
    if (notes_) notes_->push_back(fmt::format("{}:{}: {}", file_, line, message));
  }
  Source At(uint32_t line) const { return Source{file_, line}; }

  // ---- actors ----

  Status Actors(std::string_view bytes) {
    int current = -1;
    for (const Line& l : ReadLines(bytes)) {
      std::string text = l.text;
      if (text[0] == '[') {
        if (current < 0) return Error(l.number, "code line before any actor name");
        DRAGOMAN_RETURN_IF_ERROR(ActorCodes(l, text, &lex_->mutable_actors()[current]));
        continue;
      }
      const bool synonym = text[0] == '+';
      if (synonym) {
        if (current < 0) return Error(l.number, "synonym '+' before any actor name");
        text.erase(0, 1);
      }
      std::string codes;
      const size_t bracket = text.find('[');
      if (bracket != std::string::npos) {
        codes = text.substr(bracket);
        text = Trim(text.substr(0, bracket));
      }
      // "#NASGUL": a leading mark is not part of the name.
      while (!text.empty() && !std::isalnum(static_cast<unsigned char>(text[0])) && text[0] != '\'') text.erase(0, 1);
      if (!synonym) {
        ActorEntry e;
        e.source = At(l.number);
        e.name = text;
        lex_->mutable_actors().push_back(std::move(e));
        current = static_cast<int>(lex_->mutable_actors().size()) - 1;
      }
      DRAGOMAN_RETURN_IF_ERROR(AddName(l, text, EntryKind::kActor, static_cast<uint32_t>(current)));
      if (!codes.empty()) DRAGOMAN_RETURN_IF_ERROR(ActorCodes(l, codes, &lex_->mutable_actors()[current]));
    }
    return OkStatus();
  }

  Status AddName(const Line& l, std::string_view name, EntryKind kind, uint32_t index) {
    PhraseEntry p;
    p.words = LegacyWords(name);
    if (p.words.empty()) return Error(l.number, fmt::format("name '{}' has no words", name));
    p.kind = kind;
    p.index = index;
    p.source = At(l.number);
    lex_->mutable_phrases().push_back(std::move(p));
    return OkStatus();
  }

  // One or more "[CODE restriction]" groups.
  Status ActorCodes(const Line& l, std::string text, ActorEntry* e) {
    std::string inside;
    std::vector<std::string> groups;
    while (TakeBracket(&text, &inside)) groups.insert(groups.begin(), inside);
    if (groups.empty()) return Error(l.number, "expected [CODE]");
    for (const std::string& g : groups) {
      std::string code = g, rest;
      const size_t sp = g.find_first_of(" <>\t");
      if (sp != std::string::npos) {
        code = g.substr(0, sp);
        rest = Trim(g.substr(sp));
      }
      if (code.empty()) return Error(l.number, fmt::format("empty code in [{}]", g));
      std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
      ActorRole r;
      r.code = code;
      r.country = code.substr(0, std::min<size_t>(3, code.size()));
      if (code.size() > 3) r.sector = code.substr(3);
      if (!rest.empty()) {
        std::string compact;
        for (char c : rest) {
          if (!std::isspace(static_cast<unsigned char>(c))) compact += c;
        }
        if (compact[0] == '<' || compact[0] == '>') {
          const std::string d = LegacyDate(compact.substr(1));
          if (d.empty()) return Error(l.number, fmt::format("bad date restriction '{}'", rest));
          (compact[0] == '<' ? r.to : r.from) = ShiftDay(d, compact[0] == '<' ? -1 : 1);
        } else {
          const size_t dash = compact.find('-');
          const std::string from = dash == std::string::npos ? "" : LegacyDate(compact.substr(0, dash));
          const std::string to = dash == std::string::npos ? "" : LegacyDate(compact.substr(dash + 1));
          if (from.empty() || to.empty()) return Error(l.number, fmt::format("bad date restriction '{}'", rest));
          r.from = from;
          r.to = to;
        }
      }
      if (e->code.empty() && r.from.empty() && r.to.empty()) {
        e->code = r.code;
        e->country = r.country;
        e->sector = r.sector;
      }
      e->roles.push_back(std::move(r));
    }
    return OkStatus();
  }

  // ---- agents ----

  Status Agents(std::string_view bytes) {
    std::map<std::string, std::vector<std::string>> sets;  // "!PERSON!" -> words
    for (const Line& l : ReadLines(bytes)) {
      std::string text = l.text;
      if (text[0] == '!' && text.find('=') != std::string::npos) {
        const size_t eq = text.find('=');
        std::vector<std::string> words;
        std::string list = text.substr(eq + 1);
        size_t pos = 0;
        while (pos <= list.size()) {
          size_t comma = list.find(',', pos);
          if (comma == std::string::npos) comma = list.size();
          std::string w = Trim(list.substr(pos, comma - pos));
          if (!w.empty()) words.push_back(w);
          pos = comma + 1;
        }
        sets[Trim(text.substr(0, eq))] = words;
        continue;
      }
      std::string code;
      if (!TakeBracket(&text, &code)) return Error(l.number, "expected an agent code [~CODE] or [CODE~]");
      std::string compact;
      for (char c : code) {
        if (!std::isspace(static_cast<unsigned char>(c))) compact += c;
      }
      AgentEntry a;
      a.source = At(l.number);
      if (!compact.empty() && compact[0] == '~') {
        a.sector = compact.substr(1);
      } else if (!compact.empty() && compact.back() == '~') {
        a.sector = compact.substr(0, compact.size() - 1);
        a.prefix = true;
      } else {
        return Error(l.number, fmt::format("agent code '{}' has no '~' (write ~CODE or CODE~)", code));
      }
      // {PLURALS}: written-out plurals; {} turns generated plurals off.
      std::vector<std::string> plurals;
      bool plural_given = false;
      const size_t open = text.find('{');
      if (open != std::string::npos) {
        const size_t close = text.find('}', open);
        if (close == std::string::npos) return Error(l.number, "'{' without a closing '}'");
        plural_given = true;
        std::string inner = text.substr(open + 1, close - open - 1);
        std::replace(inner.begin(), inner.end(), ',', ' ');
        size_t pos = 0;
        while (pos < inner.size()) {
          while (pos < inner.size() && inner[pos] == ' ') ++pos;
          size_t end = inner.find(' ', pos);
          if (end == std::string::npos) end = inner.size();
          if (end > pos) plurals.push_back(inner.substr(pos, end - pos));
          pos = end;
        }
        text = Trim(text.substr(0, open) + text.substr(close + 1));
      }
      lex_->mutable_agents().push_back(a);
      const uint32_t index = static_cast<uint32_t>(lex_->mutable_agents().size() - 1);
      if (const size_t bang = text.find('!'); bang != std::string::npos) {
        const size_t close = text.find('!', bang + 1);
        if (close == std::string::npos || !sets.count(text.substr(bang, close - bang + 1))) {
          Note(l.number, fmt::format("'{}' names no substitution set defined before it; read as written", text));
        }
      }
      for (const std::string& name : Expand(text, sets)) {
        std::vector<std::string> words = LegacyWords(name);
        if (words.empty()) return Error(l.number, fmt::format("agent '{}' has no words", name));
        std::vector<std::vector<std::string>> variants = {words};
        if (!plural_given) {
          for (const std::string& form : NounForms(words.back())) {
            if (form == words.back()) continue;
            variants.push_back(words);
            variants.back().back() = form;
          }
        }
        for (auto& v : variants) AddAgentPhrase(l, std::move(v), index);
      }
      for (const std::string& plural : plurals) {
        std::vector<std::string> words = LegacyWords(plural);
        if (!words.empty()) AddAgentPhrase(l, std::move(words), index);
      }
    }
    return OkStatus();
  }

  void AddAgentPhrase(const Line& l, std::vector<std::string> words, uint32_t index) {
    PhraseEntry p;
    p.words = std::move(words);
    p.kind = EntryKind::kAgent;
    p.index = index;
    p.source = At(l.number);
    lex_->mutable_phrases().push_back(std::move(p));
  }

  // "CONGRESS!PERSON!" with !PERSON! = MAN, MEN -> CONGRESSMAN, CONGRESSMEN.
  static std::vector<std::string> Expand(const std::string& name,
                                         const std::map<std::string, std::vector<std::string>>& sets) {
    const size_t a = name.find('!');
    if (a == std::string::npos) return {name};
    const size_t b = name.find('!', a + 1);
    if (b == std::string::npos) return {name};
    auto it = sets.find(name.substr(a, b - a + 1));
    if (it == sets.end()) return {name};
    std::vector<std::string> out;
    for (const std::string& w : it->second) {
      for (std::string& rest : Expand(name.substr(b + 1), sets)) out.push_back(name.substr(0, a) + w + rest);
    }
    return out;
  }

  // ---- discards ----

  Status Discards(std::string_view bytes) {
    for (const Line& l : ReadLines(bytes)) {
      DiscardEntry d;
      std::string text = l.text;
      if (text[0] == '+') {
        d.story = true;
        text.erase(0, 1);
      }
      d.words = LegacyWords(text);
      if (d.words.empty()) return Error(l.number, "discard phrase has no words");
      d.source = At(l.number);
      lex_->mutable_discards().push_back(std::move(d));
    }
    return OkStatus();
  }

  // ---- verbs ----

  // One verb of a block: words before it ("WIRE" of WIRE_+TAP), the verb
  // and the words after it ("DOWN" of BREAK_DOWN), written-out forms, and
  // its own default code.
  struct Verb {
    std::vector<std::string> before;
    std::vector<std::string> anchor;
    std::vector<std::string> forms;
    std::string code;  // empty: the block's
    uint32_t line = 0;
  };
  struct RawPattern {
    std::string text;  // between '-' and '[CODE]'
    std::string code;
    uint32_t line = 0;
  };

  Status Verbs(std::string_view bytes) {
    std::string synset;      // the &SYNSET being read, if any
    bool in_block = false;
    std::string block_code;
    uint32_t block_line = 0;
    std::vector<Verb> verbs;
    std::vector<RawPattern> patterns;
    std::map<std::string, std::vector<std::string>> synsets;  // items as written
    std::map<std::string, uint32_t> synset_lines;
    auto flush = [&]() -> Status {
      if (in_block) DRAGOMAN_RETURN_IF_ERROR(EmitBlock(block_code, block_line, verbs, patterns));
      verbs.clear();
      patterns.clear();
      in_block = false;
      return OkStatus();
    };
    for (const Line& l : ReadLines(bytes)) {
      const std::string& text = l.text;
      if (text.rfind("---", 0) == 0) {
        DRAGOMAN_RETURN_IF_ERROR(flush());
        synset.clear();
        std::string header = text;
        std::string inside;
        std::vector<std::string> codes;
        while (TakeBracket(&header, &inside)) codes.insert(codes.begin(), inside);
        if (codes.empty()) return Error(l.number, "block header without a [CODE]");
        if (codes.size() > 1) {
          Note(l.number, fmt::format("block header has {} codes; the first, [{}], is the block's", codes.size(), codes[0]));
        }
        block_code = codes[0];
        block_line = l.number;
        in_block = true;
        continue;
      }
      if (text[0] == '&') {
        DRAGOMAN_RETURN_IF_ERROR(flush());
        synset = SynsetName(text.substr(1));
        if (synset.empty()) return Error(l.number, "synset without a name");
        if (synsets.count(synset)) return Error(l.number, fmt::format("synset &{} defined twice", synset));
        synsets[synset];
        synset_lines[synset] = l.number;
        continue;
      }
      if (!synset.empty()) {
        if (text[0] != '+') return Error(l.number, fmt::format("expected a '+' item of &{}", synset));
        synsets[synset].push_back(Trim(text.substr(1)));
        continue;
      }
      if (!in_block) return Error(l.number, fmt::format("'{}' outside a verb block or synset", text));
      if (text[0] == '-') {
        RawPattern p;
        p.line = l.number;
        p.text = text.substr(1);
        if (!TakeBracket(&p.text, &p.code)) return Error(l.number, "pattern without a [CODE]");
        if (p.text.find('*') == std::string::npos) return Error(l.number, "pattern without the verb '*'");
        patterns.push_back(std::move(p));
        continue;
      }
      Verb v;
      DRAGOMAN_RETURN_IF_ERROR(ParseVerb(l, &v));
      verbs.push_back(std::move(v));
    }
    DRAGOMAN_RETURN_IF_ERROR(flush());
    // Synsets, with synsets inside them expanded.
    for (const auto& [name, items] : synsets) {
      Element e;
      std::vector<std::string> seen = {name};
      DRAGOMAN_RETURN_IF_ERROR(ExpandSynset(items, synsets, synset_lines.at(name), &seen, &e));
      if (!lex_->synsets().emplace(name, std::move(e)).second) {
        return Error(synset_lines.at(name), fmt::format("synset &{} defined twice", name));
      }
    }
    return OkStatus();
  }

  static std::string SynsetName(std::string_view s) {
    std::string name;
    for (char c : s) {
      if (std::isspace(static_cast<unsigned char>(c))) break;
      name += c;
    }
    while (!name.empty() && name.back() == '_') name.pop_back();
    return name;
  }

  Status ExpandSynset(const std::vector<std::string>& items,
                      const std::map<std::string, std::vector<std::string>>& synsets, uint32_t line,
                      std::vector<std::string>* seen, Element* out) {
    for (const std::string& item : items) {
      if (item[0] == '&') {
        const std::string inner = SynsetName(item.substr(1));
        auto it = synsets.find(inner);
        if (it == synsets.end()) return Error(line, fmt::format("unknown synset &{} inside a synset", inner));
        if (std::find(seen->begin(), seen->end(), inner) != seen->end()) {
          return Error(line, fmt::format("synset &{} contains itself", inner));
        }
        seen->push_back(inner);
        DRAGOMAN_RETURN_IF_ERROR(ExpandSynset(it->second, synsets, line, seen, out));
        seen->pop_back();
        continue;
      }
      if (item.find('&') != std::string::npos) {
        Note(line, fmt::format("synset item '{}' names a synset inside a phrase; it is matched as written", item));
      }
      std::vector<std::string> words = LegacyWords(item);
      if (!words.empty()) out->alternatives.push_back(std::move(words));
    }
    return OkStatus();
  }

  // "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING} [CODE]", "+BREAK_DOWN", "LASH OUT".
  Status ParseVerb(const Line& l, Verb* v) {
    std::string text = l.text;
    v->line = l.number;
    std::string code;
    if (TakeBracket(&text, &code)) v->code = code;
    const size_t open = text.find('{');
    std::string forms;
    if (open != std::string::npos) {
      const size_t close = text.find('}', open);
      if (close == std::string::npos) return Error(l.number, "'{' without a closing '}'");
      forms = text.substr(open + 1, close - open - 1);
      text = Trim(text.substr(0, open) + text.substr(close + 1));
    }
    if (!text.empty() && text[0] == '+') text.erase(0, 1);
    if (text.empty()) return Error(l.number, "verb line without a verb");
    size_t verb_word = 0;
    std::vector<std::string> words = MarkedWords(text, &verb_word);
    if (words.empty()) return Error(l.number, fmt::format("verb '{}' has no words", text));
    if (verb_word >= words.size()) return Error(l.number, fmt::format("verb '{}': the word marked '+' has no letters", text));
    v->before.assign(words.begin(), words.begin() + static_cast<long>(verb_word));
    v->anchor.assign(words.begin() + static_cast<long>(verb_word), words.end());
    // Written-out forms: the verb word of each ("+BROKEN_DOWN" -> "broken").
    size_t pos = 0;
    while (pos < forms.size()) {
      while (pos < forms.size() && std::isspace(static_cast<unsigned char>(forms[pos]))) ++pos;
      size_t end = pos;
      while (end < forms.size() && !std::isspace(static_cast<unsigned char>(forms[end]))) ++end;
      if (end > pos) {
        std::string form = forms.substr(pos, end - pos);
        if (form[0] == '+' && form.find('_') != std::string::npos && form.find('+', 1) == std::string::npos) {
          form.erase(0, 1);  // "+BREAKS_DOWN": the leading '+' marks the first word
        }
        size_t vw = 0;
        std::vector<std::string> fw = MarkedWords(form, &vw);
        if (vw < fw.size()) {
          v->forms.push_back(fw[vw]);
        } else {
          Note(l.number, fmt::format("verb form '{}' has no words; ignored", form));
        }
      }
      pos = end;
    }
    return OkStatus();
  }

  // Words of "KLM_NOP_+RST"; *verb_word is the index of the one marked '+'
  // (the first when none is).
  static std::vector<std::string> MarkedWords(const std::string& text, size_t* verb_word) {
    std::string spaced = text;
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    std::vector<std::string> out;
    *verb_word = 0;
    size_t pos = 0;
    while (pos < spaced.size()) {
      while (pos < spaced.size() && spaced[pos] == ' ') ++pos;
      size_t end = spaced.find(' ', pos);
      if (end == std::string::npos) end = spaced.size();
      if (end > pos) {
        std::string w = spaced.substr(pos, end - pos);
        if (w[0] == '+') {
          *verb_word = out.size();
          w.erase(0, 1);
        }
        for (std::string& t : LegacyWords(w)) out.push_back(std::move(t));
      }
      pos = end;
    }
    return out;
  }

  // One element of a legacy pattern and whether it is joined by '_' to the
  // element before it.
  struct Part {
    std::string text;  // "*", "$", "+", "%", "^", "&SYN", "{A|B}" or a word
    bool closed = false;
  };

  static std::vector<Part> Parts(const std::string& text) {
    std::vector<Part> out;
    size_t pos = 0;
    while (pos < text.size()) {
      while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
      size_t end = pos;
      if (pos < text.size() && text[pos] == '{') {
        end = text.find('}', pos);
        end = end == std::string::npos ? text.size() : end + 1;
      }
      while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
      if (end == pos) break;
      std::string token = text.substr(pos, end - pos);
      bool first = true;
      size_t k = 0;
      while (k <= token.size()) {
        size_t u = k;
        int depth = 0;
        while (u < token.size() && (token[u] != '_' || depth > 0)) {
          if (token[u] == '{') ++depth;
          if (token[u] == '}') --depth;
          ++u;
        }
        std::string piece = token.substr(k, u - k);
        if (!piece.empty()) {
          out.push_back({piece, !first});
          first = false;
        }
        k = u + 1;
      }
      pos = end;
    }
    return out;
  }

  // Native elements for parts [from, to), with a gap ("...") between parts
  // that are not joined by '_'.
  Status PartElements(uint32_t line, const std::vector<Part>& parts, size_t from, size_t to,
                      std::vector<Element>* out, int* counted, bool* has_source, bool* has_target,
                      bool* has_compound) {
    for (size_t i = from; i < to; ++i) {
      const Part& part = parts[i];
      if (i > from && !part.closed) out->push_back(Slot(ElementKind::kSkipTokens));
      Element e;
      if (part.text == "$") {
        e.kind = ElementKind::kSource;
        *has_source = true;
      } else if (part.text == "+") {
        e.kind = ElementKind::kTarget;
        *has_target = true;
      } else if (part.text == "%") {
        e.kind = ElementKind::kCompound;
        *has_compound = true;
      } else if (part.text == "^") {
        e.kind = ElementKind::kSkipPhrase;
      } else if (part.text[0] == '&') {
        e.synset = SynsetName(part.text.substr(1));
      } else if (part.text[0] == '{') {
        std::string inner = part.text.substr(1, part.text.size() - 2);
        size_t pos = 0;
        while (pos <= inner.size()) {
          size_t bar = inner.find('|', pos);
          if (bar == std::string::npos) bar = inner.size();
          std::vector<std::string> words = LegacyWords(inner.substr(pos, bar - pos));
          if (!words.empty()) e.alternatives.push_back(std::move(words));
          pos = bar + 1;
        }
        if (e.alternatives.empty()) return Error(line, fmt::format("empty alternatives '{}'", part.text));
      } else {
        std::string text = part.text;
        if (text.find('~') != std::string::npos) {
          // TABARI's stem connector: PETRARCH matches whole words.
          Note(line, fmt::format("'~' in '{}' (TABARI stemming) is read as a whole word", part.text));
          text.erase(std::remove(text.begin(), text.end(), '~'), text.end());
        }
        std::vector<std::string> words = LegacyWords(text);
        if (words.empty()) {
          Note(line, fmt::format("pattern element '{}' has no words; ignored", part.text));
          continue;
        }
        for (size_t k = 0; k < words.size(); ++k) {
          Element w;
          w.alternatives.push_back({words[k]});
          out->push_back(std::move(w));
          ++*counted;
        }
        continue;
      }
      out->push_back(std::move(e));
      ++*counted;
    }
    return OkStatus();
  }

  Status EmitBlock(const std::string& block_code, uint32_t block_line, const std::vector<Verb>& verbs,
                   const std::vector<RawPattern>& patterns) {
    if (verbs.empty()) {
      Note(block_line, "verb block without a verb line; its patterns are unused");
      return OkStatus();
    }
    for (const Verb& v : verbs) {
      const std::string code = v.code.empty() ? block_code : v.code;
      if (code != "---") {
        Pattern p = BasePattern(v, code, v.line);
        p.before.insert(p.before.begin(), Slot(ElementKind::kSource));
        p.open_target = true;
        p.text = fmt::format("* [{}]", code);
        lex_->mutable_patterns().push_back(std::move(p));
      }
      for (const RawPattern& raw : patterns) {
        Pattern p = BasePattern(v, raw.code == "---" ? "" : raw.code, raw.line);
        p.text = fmt::format("-{}[{}]", raw.text, raw.code);
        std::vector<Part> parts = Parts(raw.text);
        size_t star = parts.size();
        for (size_t i = 0; i < parts.size(); ++i) {
          if (parts[i].text == "*") {
            if (star != parts.size()) return Error(raw.line, "pattern with two verbs '*'");
            star = i;
          }
        }
        if (star == parts.size()) return Error(raw.line, "pattern without the verb '*'");
        bool has_source = false, has_target = false, has_compound = false;
        int counted = 0;
        std::vector<Element> upper, lower;
        DRAGOMAN_RETURN_IF_ERROR(
            PartElements(raw.line, parts, 0, star, &upper, &counted, &has_source, &has_target, &has_compound));
        // "% HAVE *": the compound is the subject; "* WITH %" has a subject
        // of its own and the compound is its target.
        const bool compound_subject = has_compound;
        // Between the upper words and the verb: adjacent when joined ("NOT_*").
        if (star > 0 && !parts[star].closed) upper.push_back(Slot(ElementKind::kSkipTokens));
        DRAGOMAN_RETURN_IF_ERROR(PartElements(raw.line, parts, star + 1, parts.size(), &lower, &counted,
                                              &has_source, &has_target, &has_compound));
        if (star + 1 < parts.size() && !parts[star + 1].closed) {
          lower.insert(lower.begin(), Slot(ElementKind::kSkipTokens));
        }
        // The verb's own leading words (WIRE of WIRE_+TAP) sit right before it.
        upper.insert(upper.end(), p.before.begin(), p.before.end());
        p.before = std::move(upper);
        p.after = std::move(lower);
        if (!has_source && !compound_subject) p.before.insert(p.before.begin(), Slot(ElementKind::kSource));
        p.open_target = !has_target && !has_compound;
        p.specificity = counted;
        lex_->mutable_patterns().push_back(std::move(p));
      }
    }
    return OkStatus();
  }

  Pattern BasePattern(const Verb& v, const std::string& code, uint32_t line) {
    Pattern p;
    const size_t colon = code.find(':');
    p.code = code.substr(0, colon);
    if (colon != std::string::npos) p.paired_code = code.substr(colon + 1);
    p.anchor_kind = AnchorKind::kVerb;
    p.anchor = v.anchor;
    p.forms = v.forms;
    for (const std::string& w : v.before) {
      Element e;
      e.alternatives.push_back({w});
      p.before.push_back(std::move(e));
    }
    p.specificity = 0;
    p.source = At(line);
    return p;
  }

  Lexicon* lex_;
  std::string_view file_;
  std::vector<std::string>* notes_;
};

}  // namespace

Status AddLegacyFile(Lexicon* lex, LegacyKind kind, std::string_view file, std::string_view bytes,
                     std::vector<std::string>* notes) {
  lex->set_conventions(Conventions::kPetrarch);
  // Legacy files carry no version line: the events name the file and its
  // format, and a checksum of its bytes tells two editions apart.
  lex->AddVersion(file, fmt::format("petrarch-{:08x}", static_cast<uint32_t>(WordHash(bytes))));
  Reader reader(lex, file, notes);
  switch (kind) {
    case LegacyKind::kVerbs: return reader.Verbs(bytes);
    case LegacyKind::kActors: return reader.Actors(bytes);
    case LegacyKind::kAgents: return reader.Agents(bytes);
    case LegacyKind::kDiscards: return reader.Discards(bytes);
    case LegacyKind::kIssues:
      reader.Note(1, "issues dictionaries are read but not coded: Dragoman codes events, not issues");
      return OkStatus();
  }
  return OkStatus();
}

}  // namespace dragoman
