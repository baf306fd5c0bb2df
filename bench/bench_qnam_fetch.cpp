// The floor under the online audit: a bare QNetworkAccessManager loop that fetches a list of URLs
// with a fixed number of requests in flight and parses each answer as JSON, as little as any
// client on Qt Network has to do. bench/online-audit.sh runs it beside the advisor and curl, so
// that what the request layer adds is told apart from what Qt Network costs.
//
//   SA_BENCH_KEY=KEY bench_qnam_fetch URLS.txt [IN_FLIGHT]
//
// URLS.txt holds one URL a line. The key (given through the environment, so that it does not show
// in `ps`) is sent as HTTP Basic. Prints the elapsed milliseconds; exits 1 on any failed request.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>
#include <functional>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: SA_BENCH_KEY=KEY bench_qnam_fetch URLS.txt [IN_FLIGHT]\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "bench_qnam_fetch: %s: %s\n", qPrintable(args.at(1)),
                     qPrintable(file.errorString()));
        return 2;
    }
    QList<QUrl> urls;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            urls.append(QUrl(QString::fromUtf8(line)));
    }
    const int inFlight = args.size() > 2 ? qMax(1, args.at(2).toInt()) : 6;
    const QByteArray authorization = "Basic " + qgetenv("SA_BENCH_KEY").toBase64();

    QNetworkAccessManager nam;
    qsizetype next = 0;
    qsizetype done = 0;
    int failed = 0;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> startNext = [&] {
        if (next >= urls.size())
            return;
        QNetworkRequest request(urls.at(next++));
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            startNext();
            if (reply->error() != QNetworkReply::NoError ||
                QJsonDocument::fromJson(reply->readAll()).isNull()) {
                std::fprintf(stderr, "bench_qnam_fetch: %s: %s\n",
                             qPrintable(reply->url().toString()), qPrintable(reply->errorString()));
                ++failed;
            }
            reply->deleteLater();
            if (++done == urls.size())
                app.quit();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        startNext();
    if (!urls.isEmpty())
        app.exec();
    std::printf("%lld\n", static_cast<long long>(clock.elapsed()));
    return failed == 0 ? 0 : 1;
}
