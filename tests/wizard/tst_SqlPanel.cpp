#include "SqlPanel.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QToolButton>

using namespace shardscope;

class TestSqlPanel : public QObject
{
    Q_OBJECT

private slots:
    void collapsedUntilAsked();
};

void TestSqlPanel::collapsedUntilAsked()
{
    SqlPanel panel;
    panel.setContent({QStringLiteral("SELECT 1"), QStringLiteral("psql -c 'SELECT 1'"), QStringLiteral("Why"),
                      QUrl(QStringLiteral("https://docs.citusdata.com/"))});
    panel.show();
    auto *sql = panel.findChild<QPlainTextEdit *>(QStringLiteral("sql"));
    QVERIFY(sql);
    QVERIFY(!sql->isVisible());
    panel.findChild<QToolButton *>()->click();
    QVERIFY(panel.isExpanded());
    QVERIFY(sql->isVisible());
    QCOMPARE(panel.statement(), QStringLiteral("SELECT 1"));
    QCOMPARE(panel.documentation(), QUrl(QStringLiteral("https://docs.citusdata.com/")));
}

QTEST_MAIN(TestSqlPanel)
#include "tst_SqlPanel.moc"
