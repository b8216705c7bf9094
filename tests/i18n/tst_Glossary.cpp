// The glossary of Citus terms (issue 11 §5): every term defined in English and Spanish with
// an https link to the Citus documentation; Help > Glossary opens it; the "?" beside a term
// opens it on that term. With $SHARDSCOPE_GLOSSARY_SCREENSHOTS naming a directory, grabs
// the dialog in both languages there.

#include "Glossary.h"
#include "GlossaryButton.h"
#include "GlossaryDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>

using namespace shardscope;

class TestGlossary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyTermInBothLanguages();
    void helpMenuOpensTheGlossary();
    void questionMarkOpensItsTerm_data();
    void questionMarkOpensItsTerm();
    void searchKeepsMatchingTerms();

private:
    static void speak(const QString &language);
};

void TestGlossary::speak(const QString &language)
{
    QVERIFY(LanguageManager::of(QCoreApplication::instance())->setLanguage(language));
    QCoreApplication::sendPostedEvents();
}

void TestGlossary::init()
{
    QSettings().clear();
    speak(QStringLiteral("en"));
}

void TestGlossary::everyTermInBothLanguages()
{
    const QStringList expected{"coordinator", "worker", "shard", "placement", "distribution-column", "colocation",
                               "reference-table", "router-query", "multi-shard-query", "task", "subplan",
                               "repartition", "rebalance"};
    const QList<Glossary::Term> english = Glossary::all();
    QStringList ids;
    for (const Glossary::Term &term : english) {
        ids << term.id;
        QVERIFY2(!term.title.isEmpty() && !term.definition.isEmpty(), qPrintable(term.id));
        QCOMPARE(term.documentation.scheme(), QStringLiteral("https"));
        QCOMPARE(term.documentation.host(), QStringLiteral("docs.citusdata.com"));
        QVERIFY2(term.documentation.path().endsWith(QLatin1String(".html")), qPrintable(term.documentation.toString()));
    }
    QCOMPARE(ids, expected);

    speak(QStringLiteral("es"));
    const QList<Glossary::Term> spanish = Glossary::all();
    QCOMPARE(spanish.size(), english.size());
    for (qsizetype i = 0; i < spanish.size(); ++i) {
        QCOMPARE(spanish.at(i).id, english.at(i).id);
        QVERIFY2(!spanish.at(i).title.isEmpty(), qPrintable(english.at(i).id));
        // Translated, not the English left in place.
        QVERIFY2(spanish.at(i).definition != english.at(i).definition, qPrintable(english.at(i).id));
        QCOMPARE(spanish.at(i).documentation, english.at(i).documentation);
    }
}

void TestGlossary::helpMenuOpensTheGlossary()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        speak(language);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("actionGlossary"));
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
        action->trigger();
        auto *dialog = window.findChild<GlossaryDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->termList()->count(), Glossary::all().size());
        dialog->selectTerm(QStringLiteral("router-query"));
        const Glossary::Term router = *Glossary::term(QStringLiteral("router-query"));
        QVERIFY(dialog->definition()->toPlainText().contains(router.definition));
        QVERIFY(dialog->definition()->toHtml().contains(router.documentation.toString()));
        // Triggered again: the same dialog, not a second one.
        action->trigger();
        QCOMPARE(window.findChildren<GlossaryDialog *>().size(), 1);
        const QString dir = qEnvironmentVariable("SHARDSCOPE_GLOSSARY_SCREENSHOTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QCoreApplication::processEvents();
            dialog->grab().save(QDir(dir).filePath(QStringLiteral("glossary_%1.png").arg(language)));
        }
    }
}

void TestGlossary::questionMarkOpensItsTerm_data()
{
    QTest::addColumn<QString>("term");
    // The Cluster dock's.
    QTest::newRow("coordinator") << "coordinator";
    QTest::newRow("worker") << "worker";
    QTest::newRow("shard") << "shard";
}

void TestGlossary::questionMarkOpensItsTerm()
{
    QFETCH(QString, term);
    MainWindow window;
    window.show();
    GlossaryButton *button = nullptr;
    for (GlossaryButton *candidate : window.findChildren<GlossaryButton *>()) {
        if (candidate->termId() == term)
            button = candidate;
    }
    QVERIFY2(button, qPrintable(term));
    QVERIFY(button->toolTip().contains(Glossary::term(term)->title));
    button->click();
    auto *dialog = window.findChild<GlossaryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentTerm(), term);
}

void TestGlossary::searchKeepsMatchingTerms()
{
    QWidget window;
    GlossaryDialog *dialog = GlossaryDialog::showTerm(&window, QStringLiteral("task"));
    QCOMPARE(dialog->currentTerm(), QStringLiteral("task"));
    dialog->searchField()->setText(QStringLiteral("rebalance_start"));
    QStringList shown;
    for (int row = 0; row < dialog->termList()->count(); ++row) {
        if (!dialog->termList()->item(row)->isHidden())
            shown << dialog->termList()->item(row)->data(Qt::UserRole).toString();
    }
    QCOMPARE(shown, QStringList{QStringLiteral("rebalance")});
    QCOMPARE(dialog->currentTerm(), QStringLiteral("rebalance")); // the hidden one gave way
}

QTEST_MAIN(TestGlossary)
#include "tst_Glossary.moc"
