package org.redress.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for everything with a deadline, so tests can fix time. */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock(RedressProperties properties) {
        return Clock.system(properties.zone());
    }
}
