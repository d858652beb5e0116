#include "normalize/normalizer.h"

#include <gtest/gtest.h>

namespace dragoman {
namespace {

TEST(Normalizer, FoldsAccentsAndTypography) {
  EXPECT_EQ(FoldShape("Erdoğan"), "Erdogan");
  EXPECT_EQ(FoldShape("Moscow’s “root causes”"), "Moscow's \"root causes\"");
  EXPECT_EQ(FoldShape("territories—an outcome"), "territories--an outcome");
  EXPECT_EQ(FoldShape("Côte d’Ivoire"), "Cote d'Ivoire");
  EXPECT_EQ(FoldShape("a\u00A0b"), "a b");  // no-break space
  EXPECT_EQ(FoldShape("Łódź Straße"), "Lodz Strasse");
}

TEST(Normalizer, AlignsBackToOriginalBytes) {
  Document doc;
  doc.text = "Erdoğan met";
  NormalizedText n;
  Normalize(&doc, &n);
  EXPECT_EQ(n.shape, "Erdogan met");
  ASSERT_EQ(n.offsets.size(), n.shape.size() + 1);
  // "met" starts at shape byte 8 and original byte 9 (ğ is two bytes).
  EXPECT_EQ(n.offsets[8], 9u);
  EXPECT_EQ(n.offsets.back(), doc.text.size());
}

TEST(Normalizer, RepairsInvalidUtf8WithDiagnostic) {
  Document doc;
  doc.text = std::string("ab\xFF") + "cd" + std::string(1, '\0') + "e";
  NormalizedText n;
  Normalize(&doc, &n);
  EXPECT_EQ(n.shape, "ab\xEF\xBF\xBD" "cd e");
  ASSERT_EQ(doc.diagnostics.size(), 2u);
  EXPECT_EQ(doc.diagnostics[0].offset, 2u);
  EXPECT_EQ(doc.diagnostics[1].offset, 5u);
}

TEST(Normalizer, ValidUtf8ReplacesOnlyBadBytes) {
  EXPECT_EQ(ValidUtf8("ok ğ"), "ok ğ");
  EXPECT_EQ(ValidUtf8("a\xC3"), "a\xEF\xBF\xBD");
}

}  // namespace
}  // namespace dragoman
