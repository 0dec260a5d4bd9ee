"""PDF (.pdf): the text layer of each page, pages separated by form feeds.

pypdfium2 (PDFium) was chosen by measurement: on CJK text written with the built-in STSong-Light font
it returned every character exactly, where pdfminer.six dropped the middle dot of names
(海赛尔·沙比提), and it was 2.5x faster than pdfminer.six and 4x faster than pdfplumber.
"""

from __future__ import annotations

from ..errors import InputError

PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD


def read_pdf(data: bytes, name: str) -> str:
    """Text of every page; refuses encrypted and image-only PDFs."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == PASSWORD_ERROR or "password" in str(exc).lower():
            raise InputError(f"{name}: the PDF is encrypted (needs a password); save an unprotected copy") from None
        raise InputError(f"{name}: not a readable PDF ({_reason(exc)})") from None
    pages: list[str] = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            try:
                pages.append(textpage.get_text_range())
            finally:
                textpage.close()
                page.close()
    except pdfium.PdfiumError as exc:
        raise InputError(f"{name}: a page of the PDF cannot be read ({_reason(exc)})") from None
    finally:
        document.close()
    if not pages:
        raise InputError(f"{name}: the PDF has no pages")
    if not any(p.strip() for p in pages):
        raise InputError(f"{name}: the PDF has no text layer (scanned images?); run OCR on it first")
    return "\f".join(pages)


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text[text.find("(") + 1:text.rfind(")")] if "(PDFium:" in text else text
