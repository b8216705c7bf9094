#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace shardscope {

class ExampleGallery;

// The three ways in, side by side, on the first window: the tutorial (the heart of the
// program), a plan of one's own (a file or psql's output from the clipboard), and the
// gallery of example plans for whoever has no cluster at hand. It only asks; the window
// does the work.
class StartScreen : public QWidget
{
    Q_OBJECT

public:
    explicit StartScreen(QWidget *parent = nullptr);

    QPushButton *tutorialButton() const { return m_tutorial; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *pasteButton() const { return m_paste; }
    ExampleGallery *gallery() const { return m_gallery; }

    QSize sizeHint() const override;

signals:
    void tutorialRequested();
    void openRequested();
    void pasteRequested();
    // The ExamplePlan::id of the example chosen.
    void exampleRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A framed column: its heading, a sentence, then what the caller puts in it.
    QFrame *addChoice(QLabel *heading, QLabel *text);
    void retranslateUi();
    // Headings and columns relative to the window's font, so that presenter mode enlarges
    // them too.
    void scaleToFont();

    QWidget *m_content; // the three columns, in a scroll area
    QList<QFrame *> m_choices;
    QLabel *m_tutorialHeading;
    QLabel *m_tutorialText;
    QPushButton *m_tutorial;
    QLabel *m_openHeading;
    QLabel *m_openText;
    QPushButton *m_open;
    QPushButton *m_paste;
    QLabel *m_examplesHeading;
    QLabel *m_examplesText;
    ExampleGallery *m_gallery;
};

} // namespace shardscope
