# Signing in: e-mail, password and method, throttling.
login-too-many-wrong-passwords = { $count ->
    [one] Too many wrong passwords. Wait { $count } second before trying again.
   *[other] Too many wrong passwords. Wait { $count } seconds before trying again.
}
