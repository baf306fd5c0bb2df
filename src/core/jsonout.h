#pragma once

#include <QByteArray>
#include <QString>

// Writes JSON straight into UTF-8 bytes, keys in the order they are written, indented by two.
// Large accounts have tens of thousands of findings: building a QJsonDocument first would cost
// seconds and hundreds of megabytes.
class JsonOut
{
public:
    explicit JsonOut(qsizetype reserve = 4096);
    // The document, ending with a newline.
    QByteArray take();

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char *name);
    void value(const QString &s);
    void value(int n);
    void value(bool b);
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
    int m_depth = 0;
    bool m_first = true;
    bool m_afterKey = false;
};
