#include "RandomPassword.h"

#include <QRandomGenerator>

namespace shardscope {

QString RandomPassword::generate(int length)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString password;
    password.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        password += alphabet.at(random->bounded(int(alphabet.size())));
    return password;
}

} // namespace shardscope
