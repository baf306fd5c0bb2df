#pragma once

#include <QByteArray>
#include <QString>

// Writes JSON straight into UTF-8 bytes, keys in the order they are written, indented by two or
// compact. Large accounts have tens of thousands of findings: building a QJsonDocument first
// would cost seconds and hundreds of megabytes.
class JsonOut
{
public:
    enum class Layout
    {
        Indented,
        Compact, // no white space, as QJsonDocument::Compact
    };
    explicit JsonOut(qsizetype reserve = 4096, Layout layout = Layout::Indented);
    // The document, ending with a newline.
    QByteArray take();

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char *name);
    void value(const QString &s);
    void value(int n) { value(qint64(n)); }
    void value(qint64 n);
    void value(bool b);
    void null();
    template<typename T>
    void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

private:
    void item();
    void open(char c);
    void close(char c);
    void newline();
    void string(const QString &s);

    QByteArray m_out;
    Layout m_layout;
    int m_depth = 0;
    bool m_first = true;
    bool m_afterKey = false;
};
