package org.redress.agreement;

import java.util.Map;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;

/**
 * A one-time code that does not match, has expired or was left out. Signing is refused, but the transaction still
 * commits so that the check taken from the party's allowance stays counted.
 */
class WrongSigningCode extends InvalidInputException {

    WrongSigningCode(String key, Object... args) {
        super(Map.of("code", Message.of(key, args)));
    }
}
