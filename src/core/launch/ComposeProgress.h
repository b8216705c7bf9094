#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace shardscope {

// Follows what `docker compose up -d` prints (v1 or v2, plain output) and turns it into
// steps: the image downloaded, each container created and started, each server healthy,
// then the workers registered. Tools print less than that (v1 never says "healthy", a
// cached image is not pulled): a later stage of a container counts its earlier ones, and
// the steps left out are made up when the next phase starts.
class ComposeProgress
{
    Q_DECLARE_TR_FUNCTIONS(ComposeProgress)

public:
    // project: the Compose project's name, which the container names begin with.
    ComposeProgress(int workers, const QString &project);

    int step() const { return m_step; }
    int total() const { return m_total; }
    const QString &label() const { return m_label; }

    // True when the line changed the step or the label.
    bool take(const QString &line);
    // Compose has returned: every container runs; what is left is the registration.
    void composeDone();
    void registered();

private:
    enum Stage { None, Created, Started, Healthy };

    QString serviceOf(const QString &container) const;
    void reach(const QString &service, Stage stage);
    void imageReady();
    QString display(const QString &service) const;
    void recount();

    int m_workers;
    int m_total;
    int m_step = 0;
    bool m_imageReady = false;
    QHash<QString, Stage> m_stages;
    QString m_label;
    QRegularExpression m_container;
};

} // namespace shardscope
