#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "scaling-advisor " << SA_VERSION << '\n';
    return 0;
}
