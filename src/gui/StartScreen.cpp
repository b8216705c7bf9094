#include "StartScreen.h"

#include "ExampleGallery.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace shardscope {

namespace {

constexpr double headingScale = 1.3;
// The columns' widest, in average characters: a sentence on a few lines; the examples'
// wider, for descriptions on two or three. Their narrowest is what their content needs
// (the examples' titles are never cut: their buttons ask for the room).
constexpr int widestChoice = 40;
constexpr int widestGallery = 60;

} // namespace

StartScreen::StartScreen(QWidget *parent)
    : QWidget(parent)
    , m_tutorialHeading(new QLabel(this))
    , m_tutorialText(new QLabel(this))
    , m_tutorial(new QPushButton(this))
    , m_openHeading(new QLabel(this))
    , m_openText(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_paste(new QPushButton(this))
    , m_examplesHeading(new QLabel(this))
    , m_examplesText(new QLabel(this))
    , m_gallery(new ExampleGallery(this))
{
    // Scrolled rather than squeezed where the window is short or narrow: no text is ever cut.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    m_content = new QWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    // All the height the window can spare, before the spacers around it: the columns wrap
    // their texts at the width they get, which may take more lines than the hint foresaw.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    policy.setVerticalStretch(1);
    setSizePolicy(policy);

    auto *row = new QHBoxLayout(m_content);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    // The columns grow first, up to their widest; these take what is left, centring them.
    row->addSpacerItem(new QSpacerItem(0, 0, QSizePolicy::Preferred));

    m_tutorial->setObjectName(QStringLiteral("tutorialButton"));
    m_tutorial->setDefault(true);
    QFrame *tutorial = addChoice(m_tutorialHeading, m_tutorialText);
    tutorial->layout()->addWidget(m_tutorial);
    static_cast<QVBoxLayout *>(tutorial->layout())->addStretch(1);
    row->addWidget(tutorial);

    m_open->setObjectName(QStringLiteral("openButton"));
    m_paste->setObjectName(QStringLiteral("pasteButton"));
    QFrame *open = addChoice(m_openHeading, m_openText);
    open->layout()->addWidget(m_open);
    open->layout()->addWidget(m_paste);
    static_cast<QVBoxLayout *>(open->layout())->addStretch(1);
    row->addWidget(open);

    m_gallery->setObjectName(QStringLiteral("exampleGallery"));
    QFrame *examples = addChoice(m_examplesHeading, m_examplesText);
    examples->layout()->addWidget(m_gallery);
    static_cast<QVBoxLayout *>(examples->layout())->addStretch(1);
    row->addWidget(examples);
    row->addSpacerItem(new QSpacerItem(0, 0, QSizePolicy::Preferred));
    scroll->setWidget(m_content);

    connect(m_tutorial, &QPushButton::clicked, this, &StartScreen::tutorialRequested);
    connect(m_open, &QPushButton::clicked, this, &StartScreen::openRequested);
    connect(m_paste, &QPushButton::clicked, this, &StartScreen::pasteRequested);
    connect(m_gallery, &ExampleGallery::exampleChosen, this, &StartScreen::exampleRequested);
    scaleToFont();
    retranslateUi();
}

QSize StartScreen::sizeHint() const
{
    // All of it, where the window has the room; QScrollArea's own hint is a small fixed one.
    return m_content->sizeHint();
}

QFrame *StartScreen::addChoice(QLabel *heading, QLabel *text)
{
    auto *frame = new QFrame(m_content);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *column = new QVBoxLayout(frame);
    column->setSpacing(10);
    heading->setParent(frame);
    heading->setWordWrap(true);
    text->setParent(frame);
    text->setWordWrap(true);
    column->addWidget(heading);
    column->addWidget(text);
    m_choices << frame;
    return frame;
}

void StartScreen::scaleToFont()
{
    const int character = fontMetrics().averageCharWidth();
    for (QFrame *choice : std::as_const(m_choices))
        choice->setMaximumWidth(character * (choice == m_choices.constLast() ? widestGallery : widestChoice));
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * headingScale);
    heading.setBold(true);
    for (QLabel *label : {m_tutorialHeading, m_openHeading, m_examplesHeading})
        label->setFont(heading);
}

void StartScreen::retranslateUi()
{
    m_tutorialHeading->setText(tr("Start the tutorial"));
    m_tutorialText->setText(tr("Start a Citus cluster on this computer, or connect to yours, then create, "
                               "distribute and query a table step by step, and see where each query runs."));
    m_tutorial->setText(tr("Start the &Tutorial"));
    m_tutorial->setAccessibleName(tr("Start the Citus sharding tutorial"));
    m_openHeading->setText(tr("Open a plan"));
    m_openText->setText(tr("Your own EXPLAIN output, from a file or copied from psql. You can also drop a "
                           "file here."));
    m_open->setText(tr("&Open Plan…"));
    m_open->setAccessibleName(tr("Open a plan file"));
    m_paste->setText(tr("&Paste from psql"));
    m_paste->setAccessibleName(tr("Paste a plan from the clipboard"));
    m_examplesHeading->setText(tr("Try an example plan"));
    m_examplesText->setText(tr("Real plans from a Citus cluster: no cluster and no Docker needed."));
}

void StartScreen::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        scaleToFont();
}

} // namespace shardscope
