package org.redress.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An account an administrator creates. */
public record NewAccount(
        @NotBlank(message = "Username is required")
        @Size(max = UserAccount.USERNAME_MAX, message = "At most 50 characters")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "Letters, digits, dot, dash and underscore only")
        String username,
        @NotBlank(message = "Name is required")
        @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "At most 100 characters")
        String displayName,
        @NotBlank(message = "Password is required")
        String password,
        @NotEmpty(message = "Choose at least one role")
        Set<Role> roles) {
}
