// ProgramPath: a program is looked for on the PATH of the environment the tools run in,
// not on this process's.

#include "ProgramPath.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

const QString program = QStringLiteral("shardscope-test-tool");

// A file named program in dir, executable or not.
void putProgram(const QString &dir, QFileDevice::Permissions permissions)
{
    QFile file(QDir(dir).filePath(program));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("#!/bin/sh\nexit 0\n") > 0);
    file.close();
    QVERIFY(file.setPermissions(permissions));
}

QProcessEnvironment withPath(const QString &path)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), path);
    return environment;
}

} // namespace

class TestProgramPath : public QObject
{
    Q_OBJECT

private slots:
    void findsAProgramOnThePath();
    void laterDirectoriesAreSearchedToo();
    void firstOnThePathWins();
    void skipsAFileThatDoesNotRun();
    void absentProgramIsEmpty();
    void noPathFindsNothing();
};

void TestProgramPath::findsAProgramOnThePath()
{
    QTemporaryDir dir;
    putProgram(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(ProgramPath::find(program, withPath(dir.path())), QDir(dir.path()).filePath(program));
}

void TestProgramPath::laterDirectoriesAreSearchedToo()
{
    QTemporaryDir empty;
    QTemporaryDir dir;
    putProgram(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QString path = empty.path() + QDir::listSeparator() + QDir::listSeparator() + dir.path();
    QCOMPARE(ProgramPath::find(program, withPath(path)), QDir(dir.path()).filePath(program));
}

void TestProgramPath::firstOnThePathWins()
{
    QTemporaryDir first;
    QTemporaryDir second;
    putProgram(first.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    putProgram(second.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QCOMPARE(ProgramPath::find(program, withPath(second.path() + QDir::listSeparator() + first.path())),
             QDir(second.path()).filePath(program));
}

void TestProgramPath::skipsAFileThatDoesNotRun()
{
    QTemporaryDir notExecutable;
    QTemporaryDir executable;
    putProgram(notExecutable.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(ProgramPath::find(program, withPath(notExecutable.path())).isEmpty());
    putProgram(executable.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QCOMPARE(ProgramPath::find(program, withPath(notExecutable.path() + QDir::listSeparator() + executable.path())),
             QDir(executable.path()).filePath(program));
}

void TestProgramPath::absentProgramIsEmpty()
{
    QTemporaryDir dir;
    QVERIFY(ProgramPath::find(program, withPath(dir.path())).isEmpty());
}

// Without a PATH of its own the environment finds nothing, not what this process's PATH has:
// sh is on every PATH a test runs with.
void TestProgramPath::noPathFindsNothing()
{
    const QString sh = QStringLiteral("sh");
    if (ProgramPath::find(sh, QProcessEnvironment::systemEnvironment()).isEmpty())
        QSKIP("sh is not on this process's PATH: nothing to tell apart");
    QVERIFY(ProgramPath::find(sh, QProcessEnvironment()).isEmpty());
    QVERIFY(ProgramPath::find(sh, withPath(QString())).isEmpty());
}

QTEST_GUILESS_MAIN(TestProgramPath)
#include "tst_ProgramPath.moc"
