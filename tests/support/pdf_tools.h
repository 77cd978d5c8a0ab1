#pragma once
// poppler-utils read back what the renderers wrote: the text of a PDF (pdftotext) and its
// page size and count (pdfinfo). Throws std::runtime_error when the tool fails.
#include <filesystem>
#include <string>

namespace myochart::test {

/// UTF-8 text of the PDF's pages first..last (1-based; 0 = from the start / to the end).
std::string pdf_text(const std::filesystem::path& pdf, int first = 0, int last = 0);
/// pdfinfo's report ("Pages:          2", "Page size:      612 x 792 pts (letter)", ...).
std::string pdf_info(const std::filesystem::path& pdf);

}  // namespace myochart::test
