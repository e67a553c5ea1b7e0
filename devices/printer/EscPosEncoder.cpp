#include "EscPosEncoder.h"

#include <QStringEncoder>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <utility>

namespace linli {

namespace {

constexpr char ESC = 0x1b;
constexpr char FS = 0x1c;
constexpr char GS = 0x1d;
constexpr char LF = 0x0a;

QByteArray seq(std::initializer_list<char> b)
{
    return QByteArray(b.begin(), qsizetype(b.size()));
}

// Reads one code point at i and advances i; a lone surrogate is returned as is
// so callers can treat it as unencodable.
char32_t nextCodePoint(QStringView s, qsizetype &i)
{
    const QChar c = s[i++];
    if (c.isHighSurrogate() && i < s.size() && s[i].isLowSurrogate())
        return QChar::surrogateToUcs4(c, s[i++]);
    return c.unicode();
}

bool isWide(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

int codePointWidth(char32_t cp) { return isWide(cp) ? 2 : 1; }

bool isSurrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// Control characters would be interpreted by the printer as commands (a name
// containing GS V would cut the paper), so they are never passed through.
bool isControl(char32_t cp) { return cp < 0x20 || cp == 0x7f; }

// Replaces everything the printer must not receive by '?'. Lone surrogates are
// handled here because ICU would substitute them with 0x1A, itself a control byte.
QString sanitized(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        const qsizetype start = i;
        const char32_t cp = nextCodePoint(s, i);
        if (isSurrogate(cp) || isControl(cp))
            out += u'?';
        else
            out += s.sliced(start, i - start);
    }
    return out;
}

QByteArray encodeGb18030(QStringView s)
{
    const QString clean = sanitized(s);
    // Opening the ICU converter costs more than encoding a receipt: one per thread.
    thread_local QStringEncoder encoder("GB18030");
    encoder.resetState();
    if (encoder.isValid()) {
        QByteArray out = encoder.encode(clean);
        if (!encoder.hasError())
            return out;
    }
    // Slow path: without a GB18030 codec (Qt built without ICU) or after an
    // encoding error, keep ASCII and turn whatever cannot be encoded into '?'.
    QByteArray out;
    for (qsizetype i = 0; i < clean.size();) {
        const qsizetype start = i;
        const char32_t cp = nextCodePoint(clean, i);
        if (cp < 0x80) {
            out += char(cp);
            continue;
        }
        if (encoder.isValid()) {
            QStringEncoder one("GB18030");
            const QByteArray b = one.encode(QStringView(clean).sliced(start, i - start));
            if (!one.hasError() && !b.isEmpty()) {
                out += b;
                continue;
            }
        }
        out += '?';
    }
    return out;
}

QString padded(QStringView left, int spaces, QStringView right)
{
    QString s = left.toString();
    s += QString(std::max(0, spaces), u' ');
    s += right;
    return s;
}

QString repeated(QStringView piece, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += piece;
    return s;
}

// Greedy wrap of one paragraph (no '\n') into lines of at most `width` columns.
// Latin words break at spaces (or hard, if longer than a line); each wide
// character is its own breakable unit, so CJK text breaks between any two
// characters but never inside one.
// Punctuation a Chinese line never starts with (a lone "）" under a dish's tags).
bool isClosingPunctuation(char32_t cp)
{
    return std::u16string_view(u"）」』】》，。、；：！？").find(char16_t(cp)) != std::u16string_view::npos;
}

void wrapParagraph(QStringView s, int width, QStringList &out)
{
    QString current;
    int currentWidth = 0;
    QString pendingSpaces;  // only committed if a word follows on the same line

    auto flush = [&] {
        out += current;
        current.clear();
        currentWidth = 0;
    };

    auto place = [&](QStringView token, int tokenWidth) {
        const int spaceWidth = int(pendingSpaces.size());
        if (currentWidth + spaceWidth + tokenWidth <= width) {
            current += pendingSpaces;
            current += token;
            currentWidth += spaceWidth + tokenWidth;
            pendingSpaces.clear();
            return;
        }
        // Spaces at a break point are dropped.
        pendingSpaces.clear();
        if (!current.isEmpty())
            flush();
        if (tokenWidth <= width) {
            current = token.toString();
            currentWidth = tokenWidth;
            return;
        }
        // Word longer than a whole line: split it between code points.
        for (qsizetype i = 0; i < token.size();) {
            const qsizetype start = i;
            const int w = codePointWidth(nextCodePoint(token, i));
            if (currentWidth + w > width && !current.isEmpty())
                flush();
            current += token.sliced(start, i - start);
            currentWidth += w;
        }
    };

    qsizetype wordStart = -1;
    int wordWidth = 0;
    auto endWord = [&](qsizetype end) {
        if (wordStart >= 0)
            place(s.sliced(wordStart, end - wordStart), wordWidth);
        wordStart = -1;
        wordWidth = 0;
    };

    for (qsizetype i = 0; i < s.size();) {
        const qsizetype start = i;
        const char32_t cp = nextCodePoint(s, i);
        if (cp == u' ') {
            endWord(start);
            pendingSpaces += u' ';
        } else if (isWide(cp)) {
            endWord(start);
            // Closing punctuation that falls past the line's end takes the
            // character before it down to the next line.
            if (isClosingPunctuation(cp) && pendingSpaces.isEmpty() && currentWidth + 2 > width && current.size() > 1) {
                const qsizetype lastStart = current.size() - (current.back().isLowSurrogate() ? 2 : 1);
                qsizetype at = lastStart;
                const int lastWidth = codePointWidth(nextCodePoint(current, at));
                const QString carried = current.sliced(lastStart);
                current.truncate(lastStart);
                flush();
                current = carried;
                currentWidth = lastWidth;
            }
            place(s.sliced(start, i - start), 2);
        } else {
            if (wordStart < 0)
                wordStart = start;
            wordWidth += 1;
        }
    }
    endWord(s.size());

    // Always non-empty here unless the paragraph was empty or all spaces, which
    // still deserves its blank line.
    out += current;
}

// Splits on '\n' (explicit line breaks) and wraps each paragraph.
QStringList wrapText(QStringView s, int width)
{
    QStringList out;
    width = std::max(width, 1);
    for (QStringView paragraph : s.split(u'\n')) {
        if (paragraph.endsWith(u'\r'))
            paragraph.chop(1);
        wrapParagraph(paragraph, width, out);
    }
    return out;
}

} // namespace

int columnsFor(PaperWidth w)
{
    switch (w) {
    case PaperWidth::Mm58:
        return 32;
    case PaperWidth::Mm80:
        return 48;
    }
    return 32;
}

int displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size();)
        width += codePointWidth(nextCodePoint(text, i));
    return width;
}

EscPosEncoder::EscPosEncoder(PaperWidth width)
    : m_columns(columnsFor(width))
{
}

EscPosEncoder &EscPosEncoder::initialize()
{
    // ESC @ resets the print modes, so our size tracking resets with it.
    m_buf += seq({ESC, '@', FS, '&'});
    m_doubleSize = false;
    return *this;
}

EscPosEncoder &EscPosEncoder::align(Align a)
{
    m_buf += seq({ESC, 'a', char(a)});
    return *this;
}

EscPosEncoder &EscPosEncoder::bold(bool on)
{
    m_buf += seq({ESC, 'E', char(on ? 1 : 0)});
    return *this;
}

EscPosEncoder &EscPosEncoder::doubleSize(bool on)
{
    m_buf += seq({GS, '!', char(on ? 0x11 : 0x00)});
    m_doubleSize = on;
    return *this;
}

EscPosEncoder &EscPosEncoder::text(QStringView s)
{
    m_buf += encodeGb18030(s);
    return *this;
}

EscPosEncoder &EscPosEncoder::line(QStringView s)
{
    text(s);
    m_buf += LF;
    return *this;
}

EscPosEncoder &EscPosEncoder::wrapped(QStringView s)
{
    for (const QString &l : wrapText(s, budget()))
        line(l);
    return *this;
}

EscPosEncoder &EscPosEncoder::columns(QStringView left, QStringView right)
{
    const int width = budget();
    const int leftWidth = displayWidth(left);
    const int rightWidth = displayWidth(right);

    // One space minimum between the two, otherwise "Item12.00" reads as one word.
    if (leftWidth + 1 + rightWidth <= width && !left.contains(u'\n') && !right.contains(u'\n')) {
        line(padded(left, width - leftWidth - rightWidth, right));
        return *this;
    }

    QStringList leftLines = wrapText(left, width);
    QStringList rightLines = wrapText(right, width);
    const QString lastRight = rightLines.takeLast();
    const int lastRightWidth = displayWidth(lastRight);

    // The right text shares the last left line when it fits there.
    const QString lastLeft = leftLines.takeLast();
    const int lastLeftWidth = displayWidth(lastLeft);
    for (const QString &l : std::as_const(leftLines))
        line(l);
    if (rightLines.isEmpty() && lastLeftWidth + 1 + lastRightWidth <= width) {
        line(padded(lastLeft, width - lastLeftWidth - lastRightWidth, lastRight));
        return *this;
    }
    line(lastLeft);
    // A right text wider than a line (unusual) keeps its leading pieces left-aligned.
    for (const QString &l : std::as_const(rightLines))
        line(l);
    line(padded({}, width - lastRightWidth, lastRight));
    return *this;
}

EscPosEncoder &EscPosEncoder::separator(QChar c)
{
    const QChar ch = (c.isSurrogate() || isControl(c.unicode())) ? QChar(u'?') : c;
    const int w = codePointWidth(ch.unicode());
    return line(repeated(QStringView(&ch, 1), budget() / w));
}

EscPosEncoder &EscPosEncoder::qrCode(const QByteArray &data, int moduleSize)
{
    // Nothing to encode: a stored empty symbol would make some printers print garbage.
    if (data.isEmpty())
        return *this;

    // 7089 is the absolute QR capacity (version 40, numeric, level L); longer data
    // is truncated rather than sending a store command the printer cannot honour.
    const QByteArray payload = data.left(MaxQrDataSize);
    const int storeLength = int(payload.size()) + 3;
    const char module = char(std::clamp(moduleSize, 1, 16));

    auto command = [&](std::initializer_list<char> params) {
        const int n = int(params.size());
        m_buf += seq({GS, '(', 'k', char(n & 0xff), char((n >> 8) & 0xff)});
        for (char p : params)
            m_buf += p;
    };

    command({'1', 'A', '2', 0});         // fn 65: model 2
    command({'1', 'C', module});         // fn 67: module size
    command({'1', 'E', '1'});            // fn 69: error correction M (49)
    m_buf += seq({GS, '(', 'k', char(storeLength & 0xff), char((storeLength >> 8) & 0xff),
                  '1', 'P', '0'});       // fn 80: store data
    m_buf += payload;
    command({'1', 'Q', '0'});            // fn 81: print
    return *this;
}

EscPosEncoder &EscPosEncoder::feed(int lines)
{
    m_buf += seq({ESC, 'd', char(std::clamp(lines, 0, 255))});
    return *this;
}

EscPosEncoder &EscPosEncoder::feedDots(int dots)
{
    m_buf += seq({ESC, 'J', char(std::clamp(dots, 0, 255))});
    return *this;
}

EscPosEncoder &EscPosEncoder::cut()
{
    m_buf += seq({GS, 'V', 66, 0});
    return *this;
}

QByteArray EscPosEncoder::bytes() const
{
    return m_buf;
}

int EscPosEncoder::columns() const
{
    return m_columns;
}

int EscPosEncoder::budget() const
{
    // Double width halves the characters per line.
    return m_doubleSize ? m_columns / 2 : m_columns;
}

} // namespace linli
