// Line-oriented parsers for .actors, .agents and .verbs files. Each keeps the
// current block (the entry head at column 0) and attaches indented lines to it.
#include "lexicon/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "normalize/normalizer.h"
#include "segment/tokenizer.h"

namespace dragoman {
namespace {

struct Line {
  uint32_t number = 0;
  bool indented = false;
  std::string_view text;  // comment and surrounding blanks removed
};

// Removes a '#' comment (outside double quotes) and trailing blanks.
std::string_view StripComment(std::string_view line) {
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    if (line[i] == '#' && !quoted) {
      line = line.substr(0, i);
      break;
    }
  }
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
  return line;
}

std::vector<Line> SplitLines(std::string_view bytes) {
  std::vector<Line> lines;
  uint32_t number = 0;
  size_t pos = 0;
  while (pos <= bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    ++number;
    std::string_view raw = StripComment(bytes.substr(pos, eol - pos));
    pos = eol + 1;
    size_t lead = 0;
    while (lead < raw.size() && (raw[lead] == ' ' || raw[lead] == '\t')) ++lead;
    if (lead == raw.size()) continue;
    lines.push_back({number, lead > 0, raw.substr(lead)});
    if (eol == bytes.size()) break;
  }
  return lines;
}

// Splits on whitespace, keeping "double quoted" values (quotes removed).
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) break;
    std::string w;
    bool quoted = false;
    while (i < s.size() && (quoted || !std::isspace(static_cast<unsigned char>(s[i])))) {
      if (s[i] == '"') {
        quoted = !quoted;
      } else {
        w += s[i];
      }
      ++i;
    }
    out.push_back(std::move(w));
  }
  return out;
}

bool IsAttribute(std::string_view w) {
  const size_t eq = w.find('=');
  if (eq == std::string_view::npos || eq == 0) return false;
  for (size_t i = 0; i < eq; ++i) {
    if (!std::islower(static_cast<unsigned char>(w[i])) && w[i] != '_') return false;
  }
  return true;
}

bool IsCode(std::string_view w) {
  if (w.size() < 3) return false;
  for (char c : w) {
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
  }
  return true;
}

struct Attributes {
  std::vector<std::pair<std::string, std::string>> items;
  std::string Get(std::string_view key) const {
    for (const auto& [k, v] : items) {
      if (k == key) return v;
    }
    return "";
  }
  bool Has(std::string_view key) const {
    for (const auto& [k, v] : items) {
      if (k == key) return true;
    }
    return false;
  }
};

// Splits "Kyiv | Kiev  sector=GOV" into names and trailing attributes.
void SplitNamesAndAttributes(std::string_view text, std::vector<std::string>* names, Attributes* attrs) {
  // Attributes are trailing words with '='; find where they start.
  std::vector<std::string> words = Words(text);
  size_t first_attr = words.size();
  while (first_attr > 0 && (IsAttribute(words[first_attr - 1]) || words[first_attr - 1] == "noplural")) {
    --first_attr;
  }
  for (size_t i = first_attr; i < words.size(); ++i) {
    const size_t eq = words[i].find('=');
    if (eq == std::string::npos) {
      attrs->items.emplace_back(words[i], "");
    } else {
      attrs->items.emplace_back(words[i].substr(0, eq), words[i].substr(eq + 1));
    }
  }
  std::string joined;
  for (size_t i = 0; i < first_attr; ++i) {
    if (i) joined += ' ';
    joined += words[i];
  }
  size_t pos = 0;
  while (pos <= joined.size()) {
    size_t bar = joined.find('|', pos);
    if (bar == std::string::npos) bar = joined.size();
    std::string name = joined.substr(pos, bar - pos);
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    names->push_back(std::move(name));
    pos = bar + 1;
  }
}

std::vector<std::string> PhraseWords(std::string_view name) {
  std::vector<std::string> words = TokenizePhrase(FoldShape(name));
  return words;
}

class FileParser {
 public:
  FileParser(Lexicon* lex, std::string_view file) : lex_(lex), file_(lex->InternFile(file)) {}

  Status Parse(std::string_view bytes) {
    std::vector<Line> lines = SplitLines(bytes);
    if (lines.empty()) return Error(1, "empty file: expected the header '@lexicon KIND 1'");
    DRAGOMAN_RETURN_IF_ERROR(ParseHeader(lines[0]));
    for (size_t i = 1; i < lines.size(); ++i) {
      const Line& l = lines[i];
      if (!l.indented && l.text.substr(0, 1) == "@") {
        DRAGOMAN_RETURN_IF_ERROR(ParseDirective(l));
        continue;
      }
      Status s;
      if (kind_ == "actors") s = ActorLine(l);
      if (kind_ == "agents") s = AgentLine(l);
      if (kind_ == "verbs") s = VerbLine(l);
      if (!s.ok()) return s;
    }
    return OkStatus();
  }

 private:
  Status Error(uint32_t line, std::string_view message) const {
    return InvalidArgument(fmt::format("{}:{}: {}", file_, line, message));
  }
  Source At(const Line& l) const { return Source{file_, l.number}; }

  Status ParseHeader(const Line& l) {
    std::vector<std::string> w = Words(l.text);
    if (w.size() != 3 || w[0] != "@lexicon") {
      return Error(l.number, "expected the header '@lexicon KIND 1' (KIND: actors, agents or verbs)");
    }
    if (w[1] != "actors" && w[1] != "agents" && w[1] != "verbs") {
      return Error(l.number, fmt::format("unknown lexicon kind '{}' (expected actors, agents or verbs)", w[1]));
    }
    if (w[2] != "1") return Error(l.number, fmt::format("unsupported format version '{}' (this engine reads 1)", w[2]));
    kind_ = w[1];
    return OkStatus();
  }

  Status ParseDirective(const Line& l) {
    std::vector<std::string> w = Words(l.text);
    if (w[0] == "@version" && w.size() == 2) {
      lex_->AddVersion(file_, w[1]);
      return OkStatus();
    }
    return Error(l.number, fmt::format("unknown directive '{}'", l.text));
  }

  // ---- actors ----
  Status ActorLine(const Line& l) {
    if (!l.indented) return ActorHead(l);
    if (current_ < 0) return Error(l.number, "indented line before any entry head");
    ActorEntry& e = lex_->mutable_actors()[current_];
    if (l.text.substr(0, 2) == "=>") return RoleLine(l, &e);
    std::vector<std::string> names;
    Attributes attrs;
    SplitNamesAndAttributes(l.text, &names, &attrs);
    for (const auto& [k, v] : attrs.items) {
      if (k != "sector" && k != "title" && k != "case") {
        return Error(l.number, fmt::format("unknown name attribute '{}' (expected sector, title or case)", k));
      }
    }
    const bool exact = attrs.Get("case") == "exact";
    for (const std::string& name : names) {
      if (name.empty()) return Error(l.number, "empty name between '|' separators");
      PhraseEntry p;
      p.words = PhraseWords(name);
      for (size_t k = 0; k < p.words.size() && k < 32; ++k) {
        if (std::isupper(static_cast<unsigned char>(p.words[k][0]))) p.capitalized |= 1u << k;
        // "GIA", "AU": two or three capitals match only capitals, never "Gia".
        const std::string& w = p.words[k];
        if (w.size() >= 2 && w.size() <= 3 &&
            std::all_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); })) {
          p.acronym |= 1u << k;
        }
      }
      for (std::string& w : p.words) {
        if (exact) {
          if (!p.exact.empty()) p.exact += ' ';
          p.exact += w;
        }
        w = LowerAscii(w);
      }
      if (p.words.empty()) return Error(l.number, fmt::format("name '{}' has no words", name));
      p.kind = EntryKind::kActor;
      p.index = static_cast<uint32_t>(current_);
      p.sector = attrs.Get("sector");
      p.title = attrs.Get("title");
      p.source = At(l);
      lex_->mutable_phrases().push_back(std::move(p));
    }
    return OkStatus();
  }

  Status ActorHead(const Line& l) {
    std::vector<std::string> w = Words(l.text);
    ActorEntry e;
    e.source = At(l);
    size_t first_attr = 1;
    if (w[0] == "PERSON") {
      e.person = true;
    } else if (IsCode(w[0])) {
      e.code = w[0];
      e.country = w[0].substr(0, 3);
      if (w[0].size() >= 6) e.sector = w[0].substr(3, 3);
    } else {
      return Error(l.number, fmt::format("expected an actor code (capital letters) or PERSON, got '{}'", w[0]));
    }
    for (size_t i = first_attr; i < w.size(); ++i) {
      if (!IsAttribute(w[i])) return Error(l.number, fmt::format("expected key=value, got '{}'", w[i]));
      const size_t eq = w[i].find('=');
      const std::string key = w[i].substr(0, eq), value = w[i].substr(eq + 1);
      if (key == "country") e.country = value;
      else if (key == "sector") e.sector = value;
      else if (key == "name") e.name = value;
      else if (key == "title") e.title = value;
      else return Error(l.number, fmt::format("unknown attribute '{}' (expected country, sector, name or title)", key));
    }
    lex_->mutable_actors().push_back(std::move(e));
    current_ = static_cast<int>(lex_->mutable_actors().size()) - 1;
    return OkStatus();
  }

  Status RoleLine(const Line& l, ActorEntry* e) {
    if (!e->person) return Error(l.number, "role line '=>' outside a PERSON entry");
    std::vector<std::string> w = Words(l.text.substr(2));
    if (w.empty() || !IsCode(w[0])) return Error(l.number, "expected '=> CODE [FROM..TO] [attributes]'");
    ActorRole r;
    r.code = w[0];
    r.country = w[0].substr(0, 3);
    if (w[0].size() >= 6) r.sector = w[0].substr(3, 3);
    for (size_t i = 1; i < w.size(); ++i) {
      const size_t dots = w[i].find("..");
      if (dots != std::string::npos && !IsAttribute(w[i])) {
        r.from = w[i].substr(0, dots);
        r.to = w[i].substr(dots + 2);
        if ((!r.from.empty() && !IsDate(r.from)) || (!r.to.empty() && !IsDate(r.to))) {
          return Error(l.number, fmt::format("bad date range '{}' (expected YYYY-MM-DD..YYYY-MM-DD)", w[i]));
        }
        if (!r.from.empty() && !r.to.empty() && r.to < r.from) {
          return Error(l.number, fmt::format("date range '{}' ends before it starts", w[i]));
        }
        continue;
      }
      if (!IsAttribute(w[i])) return Error(l.number, fmt::format("expected key=value, got '{}'", w[i]));
      const size_t eq = w[i].find('=');
      const std::string key = w[i].substr(0, eq), value = w[i].substr(eq + 1);
      if (key == "title") r.title = value;
      else if (key == "country") r.country = value;
      else if (key == "sector") r.sector = value;
      else return Error(l.number, fmt::format("unknown role attribute '{}'", key));
    }
    for (const ActorRole& o : e->roles) {
      const bool before = !r.to.empty() && !o.from.empty() && r.to < o.from;
      const bool after = !r.from.empty() && !o.to.empty() && r.from > o.to;
      if (!before && !after) return Error(l.number, "role dates overlap an earlier role of the same person");
    }
    e->roles.push_back(std::move(r));
    return OkStatus();
  }

  // ---- agents ----
  Status AgentLine(const Line& l) {
    if (!l.indented) {
      std::vector<std::string> w = Words(l.text);
      if (w.size() != 1 || !IsCode(w[0])) return Error(l.number, "expected a sector code (capital letters) alone on the line");
      sector_ = w[0];
      return OkStatus();
    }
    if (sector_.empty()) return Error(l.number, "indented line before any sector head");
    std::vector<std::string> names;
    Attributes attrs;
    SplitNamesAndAttributes(l.text, &names, &attrs);
    for (const auto& [k, v] : attrs.items) {
      if (k != "title" && k != "also" && k != "noplural") {
        return Error(l.number, fmt::format("unknown agent attribute '{}' (expected title, also or noplural)", k));
      }
    }
    AgentEntry a{sector_, attrs.Get("also"), attrs.Get("title"), At(l)};
    lex_->mutable_agents().push_back(a);
    const uint32_t index = static_cast<uint32_t>(lex_->mutable_agents().size() - 1);
    for (const std::string& name : names) {
      if (name.empty()) return Error(l.number, "empty name between '|' separators");
      std::vector<std::string> words = PhraseWords(name);
      if (words.empty()) return Error(l.number, fmt::format("name '{}' has no words", name));
      for (std::string& w : words) w = LowerAscii(w);
      std::vector<std::string> lasts = attrs.Has("noplural") ? std::vector<std::string>{words.back()}
                                                               : NounForms(words.back());
      for (const std::string& last : lasts) {
        PhraseEntry p;
        p.words = words;
        p.words.back() = last;
        p.kind = EntryKind::kAgent;
        p.index = index;
        p.source = At(l);
        lex_->mutable_phrases().push_back(std::move(p));
      }
    }
    return OkStatus();
  }

  // ---- verbs ----
  Status VerbLine(const Line& l) {
    if (l.indented) return Error(l.number, "verbs files have no indented lines");
    if (l.text[0] == '&') return SynsetLine(l);
    const size_t sp = l.text.find_first_of(" \t");
    if (sp == std::string_view::npos) return Error(l.number, "expected 'CODE PATTERN'");
    std::string_view codes = l.text.substr(0, sp);
    Pattern p;
    const size_t colon = codes.find(':');
    p.code = std::string(codes.substr(0, colon));
    if (colon != std::string_view::npos) p.paired_code = std::string(codes.substr(colon + 1));
    auto valid = [](const std::string& c) {
      return c.size() >= 2 && c.size() <= 4 && c.find_first_not_of("0123456789") == std::string::npos;
    };
    if (!valid(p.code) || (colon != std::string_view::npos && !valid(p.paired_code))) {
      return Error(l.number, fmt::format("bad CAMEO code '{}' (2 to 4 digits, or CODE:CODE)", codes));
    }
    std::string_view text = l.text.substr(sp);
    while (!text.empty() && (text[0] == ' ' || text[0] == '\t')) text.remove_prefix(1);
    p.text = std::string(text);
    p.source = At(l);
    DRAGOMAN_RETURN_IF_ERROR(ParsePattern(l, text, &p));
    lex_->mutable_patterns().push_back(std::move(p));
    return OkStatus();
  }

  Status SynsetLine(const Line& l) {
    const size_t eq = l.text.find('=');
    if (eq == std::string_view::npos) return Error(l.number, "expected '&NAME = word | word'");
    std::string name(l.text.substr(1, eq - 1));
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (name.empty()) return Error(l.number, "synset without a name");
    Element e;
    e.kind = ElementKind::kWords;
    DRAGOMAN_RETURN_IF_ERROR(ParseAlternatives(l, l.text.substr(eq + 1), &e));
    auto [it, inserted] = lex_->synsets().emplace(name, std::move(e));
    if (!inserted) return Error(l.number, fmt::format("synset &{} defined twice", name));
    return OkStatus();
  }

  Status ParseAlternatives(const Line& l, std::string_view text, Element* e) {
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t bar = text.find('|', pos);
      if (bar == std::string_view::npos) bar = text.size();
      std::vector<std::string> words = PhraseWords(text.substr(pos, bar - pos));
      if (words.empty()) return Error(l.number, "empty alternative");
      for (std::string& w : words) w = LowerAscii(w);
      e->alternatives.push_back(std::move(words));
      pos = bar + 1;
    }
    return OkStatus();
  }

  Status ParsePattern(const Line& l, std::string_view text, Pattern* p) {
    bool seen_anchor = false;
    size_t i = 0;
    while (i < text.size()) {
      if (text[i] == ' ' || text[i] == '\t') {
        ++i;
        continue;
      }
      Element e;
      size_t end = text.find_first_of(" \t", i);
      if (end == std::string_view::npos) end = text.size();
      std::string_view tok = text.substr(i, end - i);
      if (text[i] == '{') {
        const size_t close = text.find('}', i);
        if (close == std::string_view::npos) return Error(l.number, "'{' without a closing '}'");
        DRAGOMAN_RETURN_IF_ERROR(ParseAlternatives(l, text.substr(i + 1, close - i - 1), &e));
        end = close + 1;
      } else if (text[i] == '<') {
        const size_t close = text.find('>', i);
        if (close == std::string_view::npos) return Error(l.number, "'<' without a closing '>'");
        if (seen_anchor) return Error(l.number, "a pattern has exactly one <anchor>; found a second");
        std::string inner(text.substr(i + 1, close - i - 1));
        p->anchor_kind = AnchorKind::kVerb;
        const size_t colon = inner.rfind(':');
        if (colon != std::string::npos) {
          const std::string mode = inner.substr(colon + 1);
          if (mode == "n") p->anchor_kind = AnchorKind::kNoun;
          else if (mode == "p") p->anchor_kind = AnchorKind::kPassive;
          else return Error(l.number, fmt::format("unknown anchor mode ':{}' (expected :n or :p)", mode));
          inner = inner.substr(0, colon);
        }
        p->anchor = PhraseWords(inner);
        for (std::string& w : p->anchor) w = LowerAscii(w);
        if (p->anchor.empty()) return Error(l.number, "empty <anchor>");
        seen_anchor = true;
        i = close + 1;
        continue;
      } else if (tok == "$") {
        e.kind = ElementKind::kSource;
      } else if (tok == "+") {
        e.kind = ElementKind::kTarget;
      } else if (tok == "%") {
        e.kind = ElementKind::kCompound;
      } else if (tok == "^") {
        e.kind = ElementKind::kSkipPhrase;
      } else if (tok == "...") {
        e.kind = ElementKind::kSkipTokens;
      } else if (tok[0] == '&') {
        e.synset = std::string(tok.substr(1));
      } else if (tok.find_first_of("<>{}") != std::string_view::npos) {
        return Error(l.number, fmt::format("unexpected '{}' in pattern", tok));
      } else {
        std::vector<std::string> words = PhraseWords(tok);
        for (std::string& w : words) {
          Element we;
          we.alternatives.push_back({LowerAscii(w)});
          (seen_anchor ? p->after : p->before).push_back(std::move(we));
          ++p->specificity;
        }
        i = end;
        continue;
      }
      (seen_anchor ? p->after : p->before).push_back(std::move(e));
      ++p->specificity;
      i = end;
    }
    if (!seen_anchor) return Error(l.number, "pattern has no <anchor>");
    return OkStatus();
  }

  Lexicon* lex_;
  std::string_view file_;
  std::string kind_;
  int current_ = -1;
  std::string sector_;
};

}  // namespace

Status Lexicon::AddFile(std::string_view file, std::string_view bytes) {
  FileParser parser(this, file);
  return parser.Parse(bytes);
}

StatusOr<std::unique_ptr<Lexicon>> LoadLexicon(const std::vector<LexiconFile>& files,
                                               std::string_view irregular_verbs) {
  auto lex = std::make_unique<Lexicon>();
  lex->AddIrregulars(irregular_verbs);
  for (const LexiconFile& f : files) {
    DRAGOMAN_RETURN_IF_ERROR(lex->AddFile(f.name, f.bytes));
  }
  DRAGOMAN_RETURN_IF_ERROR(lex->Finish());
  return lex;
}

}  // namespace dragoman
