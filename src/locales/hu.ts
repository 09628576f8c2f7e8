import type { Messages } from '../messages/types.ts';

/** Hungarian (hu). */
export const messages: Messages = {
  locale: 'hu',

  exceptions: {
    AliasExistsException:
      'A megadott {attribute} már egy másik fiókhoz tartozik. Próbáld újra másik {attribute} megadásával, vagy jelentkezz be a másik fiókba.',
    CodeDeliveryFailureException:
      'Nem sikerült elküldeni a kódot. Ellenőrizd, hogy helyes-e a megadott {attribute}, majd kérj új kódot.',
    CodeMismatchException: 'Ez a kód nem egyezik az általunk küldöttel. Ellenőrizd a kódot, és írd be újra.',
    ExpiredCodeException: 'Ez a kód lejárt. Kérj új kódot, majd írd be ide.',
    ForbiddenException:
      'Erről a hálózatról most nem tudjuk fogadni a kérést. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz, ha a hiba továbbra is fennáll.',
    InternalErrorException: 'Hiba történt a bejelentkezési szolgáltatásban. Próbáld újra néhány perc múlva.',
    InvalidEmailRoleAccessPolicyException:
      'Egy nálunk fellépő hiba miatt most nem tudunk e-mailt küldeni. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz.',
    InvalidLambdaResponseException:
      'Egy nálunk fellépő hiba miatt ezt nem sikerült befejezni. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz.',
    InvalidParameterException: 'Néhány elküldött adat nem volt elfogadható. Ellenőrizd az adatokat, és próbáld újra.',
    InvalidPasswordException: 'Ez a jelszó nem felel meg a követelményeknek. Válassz másik jelszót.',
    InvalidSmsRoleAccessPolicyException:
      'Egy nálunk fellépő hiba miatt most nem tudunk SMS-t küldeni. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz.',
    InvalidSmsRoleTrustRelationshipException:
      'Egy nálunk lévő beállítási hiba miatt most nem lehet SMS-t küldeni. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz.',
    LimitExceededException: 'Túl sok próbálkozás történt. Várj néhány percet, majd próbáld újra.',
    NotAuthorizedException: 'A munkameneted lejárt. A folytatáshoz jelentkezz be újra.',
    OperationNotEnabledException:
      'Ez a funkció jelenleg nem érhető el a fiókodban. Ha segítség kell, fordulj az ügyfélszolgálathoz.',
    PasswordHistoryPolicyViolationException:
      'Ezt a jelszót korábban már használtad. Válassz olyan jelszót, amelyet mostanában nem használtál.',
    PasswordResetRequiredException:
      'A folytatás előtt új jelszót kell beállítanod. Állíts be új jelszót, majd jelentkezz be újra.',
    ResourceNotFoundException:
      'A szolgáltatás nincs megfelelően beállítva, ezért nem tudjuk folytatni. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz.',
    TooManyFailedAttemptsException:
      'Túl sok sikertelen próbálkozás történt. Várj néhány percet, mielőtt újra próbálkozol.',
    TooManyRequestsException: 'Rövid idő alatt túl sok kérés érkezett. Várj egy percet, majd próbáld újra.',
    UnexpectedLambdaException:
      'Hiba történt az adataid ellenőrzése közben. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz.',
    UserLambdaValidationException: 'Az adataid nem voltak elfogadhatók. Ellenőrizd őket, és próbáld újra.',
    UserNotConfirmedException:
      'A fiókod még nincs megerősítve. Erősítsd meg a regisztrációkor küldött kóddal, majd jelentkezz be újra.',
    UserNotFoundException: 'Nem találjuk a fiókodat. Lehet, hogy megszűnt. A folytatáshoz jelentkezz be újra.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'A megadott {attribute} már egy másik fiókhoz tartozik. Jelentkezz be abba a fiókba, vagy regisztrálj újra másik {attribute} megadásával.',
      InvalidParameterException:
        'Ezekkel az adatokkal nem sikerült megerősíteni a fiókot. Ellenőrizd a felhasználónevet, majd írd be újra a kódot.',
      LimitExceededException: 'Túl sok hibás kód érkezett. Várj néhány percet, majd írd be újra a kódot.',
      NotAuthorizedException:
        'Ez a fiók nem erősíthető meg. Lehet, hogy letiltották. Ha segítség kell, fordulj az ügyfélszolgálathoz.',
      TooManyFailedAttemptsException:
        'Túl sok hibás kód érkezett. Várj néhány percet, mielőtt újra beírod a kódot.',
      UserLambdaValidationException: 'Nem sikerült megerősíteni a fiókodat, mert néhány adatod nem volt elfogadható.',
      UserNotFoundException: 'Nincs fiók ezzel a felhasználónévvel. Ellenőrizd a felhasználónevet, és próbáld újra.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Nem sikerült új kódot küldeni. Várj egy kicsit, majd kérj megint új kódot.',
      InvalidParameterException:
        'Ehhez a fiókhoz nem sikerült új kódot küldeni. Ha a fiók már meg van erősítve, inkább jelentkezz be.',
      LimitExceededException: 'Túl sok kódkérés érkezett. Várj néhány percet, mielőtt újabbat kérsz.',
      NotAuthorizedException: 'Ehhez a fiókhoz nem tudunk kódot küldeni. Ha segítség kell, fordulj az ügyfélszolgálathoz.',
      UserLambdaValidationException: 'Nem sikerült új kódot küldeni, mert néhány adatod nem volt elfogadható.',
      UserNotFoundException:
        'Nincs fiók ezzel a felhasználónévvel. Ellenőrizd a felhasználónevet, majd kérj újra kódot.',
    },
    UpdateUserAttributes: {
      AliasExistsException:
        'A megadott {attribute} már egy másik fiókhoz tartozik. Próbáld újra másik {attribute} megadásával.',
      CodeDeliveryFailureException:
        'Nem sikerült kódot küldeni. Ellenőrizd, hogy helyes-e az új {attribute}, majd mentsd el újra.',
      CodeMismatchException:
        'Egy kódellenőrzés nem sikerült, ezért a jelenlegi {attribute} nem változott. Mentsd el újra a módosítást, és új kódot kapsz.',
      ExpiredCodeException: 'A módosításhoz tartozó kód lejárt. Mentsd el újra a módosítást, és új kódot kapsz.',
      InvalidParameterException: 'A megadott {attribute} nem használható. Ellenőrizd, és próbáld újra.',
      PasswordResetRequiredException:
        'A fiókodhoz tartozó {attribute} módosítása előtt új jelszót kell beállítanod. Állíts be új jelszót, majd jelentkezz be újra.',
      UserLambdaValidationException: 'A megadott {attribute} nem volt elfogadható. Ellenőrizd, vagy adj meg másikat.',
      UserNotConfirmedException:
        'A fiókodhoz tartozó {attribute} csak a fiók megerősítése után módosítható. Erősítsd meg a fiókodat, majd próbáld újra.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Nem sikerült kódot küldeni. Ellenőrizd, hogy helyes-e a fiókodhoz tartozó {attribute}, majd kérj új kódot.',
      InvalidParameterException:
        'A fiókodhoz tartozó {attribute} nem erősíthető meg. Ellenőrizd, hogy el van-e mentve a fiókodban, majd próbáld újra.',
      LimitExceededException: 'Túl sok kódkérés érkezett. Várj néhány percet, mielőtt újabbat kérsz.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'A megadott {attribute} már egy másik fiókhoz tartozik, ezért a te fiókodhoz nem erősíthető meg. Próbáld újra másik {attribute} megadásával.',
      InvalidParameterException:
        'A fiókodhoz tartozó {attribute} megerősítése ezzel a kóddal nem sikerült. Kérj új kódot, majd írd be ide.',
      LimitExceededException: 'Túl sok hibás kód érkezett. Várj néhány percet, majd írd be újra a kódot.',
    },
    GetUser: {
      InvalidParameterException: 'Nem sikerült ellenőrizni a fiókod adatait. A folytatáshoz jelentkezz be újra.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Nem sikerült elküldeni a kódot az új jelszó beállításához. Várj egy kicsit, majd kérj újra kódot.',
      InvalidParameterException:
        'Ehhez a fiókhoz nem sikerült kódot küldeni az új jelszó beállításához. Ha segítség kell a bejelentkezéshez, fordulj az ügyfélszolgálathoz.',
      LimitExceededException:
        'Túl sok kódkérés érkezett az új jelszó beállításához. Várj néhány percet, mielőtt újabbat kérsz.',
      NotAuthorizedException:
        'Ehhez a fiókhoz itt nem lehet új jelszót beállítani. Ha segítség kell, fordulj az ügyfélszolgálathoz.',
      OperationNotEnabledException:
        'Itt jelenleg nem lehet új jelszót beállítani. Ha segítség kell a bejelentkezéshez, fordulj az ügyfélszolgálathoz.',
      UserLambdaValidationException:
        'Nem sikerült kódot küldeni az új jelszó beállításához, mert néhány adatod nem volt elfogadható.',
      UserNotFoundException:
        'Ehhez a felhasználónévhez nem sikerült kódot küldeni. Ellenőrizd a felhasználónevet, és próbáld újra.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Ezekkel az adatokkal nem sikerült beállítani az új jelszót. Ellenőrizd a kódot és az új jelszót, majd próbáld újra.',
      LimitExceededException: 'Túl sok hibás kód érkezett. Várj néhány percet, majd írd be újra a kódot.',
      NotAuthorizedException:
        'Ehhez a fiókhoz itt nem lehet új jelszót beállítani. Ha segítség kell, fordulj az ügyfélszolgálathoz.',
      OperationNotEnabledException:
        'Itt jelenleg nem lehet új jelszót beállítani. Ha segítség kell a bejelentkezéshez, fordulj az ügyfélszolgálathoz.',
      TooManyFailedAttemptsException: 'Túl sok hibás kód érkezett. Várj néhány percet, mielőtt újra beírod a kódot.',
      UserLambdaValidationException: 'Nem sikerült módosítani a jelszavadat, mert néhány adatod nem volt elfogadható.',
      UserNotConfirmedException:
        'A fiókod még nincs megerősítve. Erősítsd meg a regisztrációkor küldött kóddal, majd állíts be új jelszót.',
      UserNotFoundException:
        'Ehhez a felhasználónévhez nem sikerült új jelszót beállítani. Ellenőrizd a felhasználónevet, és próbáld újra.',
    },
  },

  local: {
    ValidationError: 'Ellenőrizd a megadott adatokat, és próbáld újra.',
    NetworkError: 'Nem sikerült csatlakozni. Ellenőrizd az internetkapcsolatot, és próbáld újra.',
    TimeoutError: 'Ez túl sokáig tart. Ellenőrizd az internetkapcsolatot, és próbáld újra.',
    AbortError: '',
    SessionExpiredError: 'Kijelentkeztettünk. A folytatáshoz jelentkezz be újra.',
    UnknownError: 'Hiba történt. Próbáld újra, vagy fordulj az ügyfélszolgálathoz, ha a hiba továbbra is fennáll.',
  },

  validation: {
    code: {
      required: 'Írd be a kódot, amelyet elküldtünk neked',
      tooLong: 'Csak az üzenetben kapott kódot írd be',
      pattern: 'Pontosan úgy írd be a kódot, ahogy az üzenetben szerepel',
      format: 'Helyes formátumban írd be a kódot, például: 123456',
      incomplete: {
        one: 'Írd be a kód {length} számjegyét',
        other: 'A kód {length} számjegyből áll, írd be az összeset',
      },
    },
    username: {
      required: 'Add meg a felhasználóneved',
      tooLong: 'A felhasználónév legfeljebb 128 karakter lehet',
      pattern: 'A felhasználónév nem tartalmazhat szóközt',
      format: 'Helyes formátumban add meg a felhasználóneved',
    },
    password: {
      required: 'Add meg az új jelszót',
      tooLong: 'A jelszó legfeljebb 256 karakter lehet',
      pattern: 'A jelszó nem kezdődhet és nem végződhet szóközzel',
      format: 'Olyan jelszót válassz, amely a lista minden követelményének megfelel',
    },
    attributeName: {
      required: 'Válaszd ki, mit szeretnél megerősíteni',
      tooLong: 'Az adatmező neve legfeljebb 32 karakter lehet',
      pattern: 'Az adatmező neve nem tartalmazhat szóközt',
      format: 'Helyes formátumban add meg az adatmező nevét',
    },
    value: {
      required: 'Add meg a következőt: {attribute}',
      tooLong: 'A megadott {attribute} legfeljebb 2048 karakter lehet',
      pattern: 'A megadott {attribute} nem használható karaktereket tartalmaz',
      format: 'Ellenőrizd a megadott {attribute} formátumát',
    },
    valueByAttribute: {
      email: {
        format: 'Helyes formátumban add meg az e-mail-címet, például: nev@example.com',
      },
      phone_number: {
        pattern: 'Országkóddal együtt add meg a telefonszámot, például: +15555550123',
        format: 'Országkóddal együtt add meg a telefonszámot, például: +15555550123',
      },
    },
    configuration: {
      required:
        'Az oldalról hiányoznak bizonyos beállítási adatok. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz, ha a hiba továbbra is fennáll',
      tooLong:
        'Az oldal túl hosszú beállítási adatokat küldött. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz, ha a hiba továbbra is fennáll',
      pattern:
        'Az oldal nem használható beállítási adatokat küldött. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz, ha a hiba továbbra is fennáll',
      format:
        'Az oldal hibás formátumú beállítási adatokat küldött. Próbáld újra később, vagy fordulj az ügyfélszolgálathoz, ha a hiba továbbra is fennáll',
    },
    accessToken: {
      required: 'A folytatáshoz jelentkezz be',
    },
  },

  attributes: {
    email: { noun: 'e-mail-cím', label: 'E-mail-cím' },
    phone_number: { noun: 'telefonszám', label: 'Telefonszám' },
    given_name: { noun: 'utónév', label: 'Utónév' },
    family_name: { noun: 'vezetéknév', label: 'Vezetéknév' },
    preferred_username: { noun: 'preferált felhasználónév', label: 'Preferált felhasználónév' },
  },

  ui: {
    confirmationCodeLabel: 'Megerősítő kód',
    verificationCodeLabel: 'Ellenőrző kód',
    confirm: 'Megerősítés',
    verify: 'Megerősítés',
    save: 'Mentés',
    resendCode: 'Új kód küldése',
    sendCode: 'Kód küldése',
    resendCodeIn: 'Új kód küldése {time} múlva',
    codeSent: 'Elküldtük a kódot ide: {destination}.',
    codeSentByEmail: 'E-mailben elküldtük a kódot ide: {destination}.',
    codeSentBySms: 'SMS-ben elküldtük a kódot erre a számra: {destination}.',
    codeSentNoDestination: 'Elküldtük neked a kódot.',
    newCodeSent: 'Új kódot küldtünk ide: {destination}.',
    resendAvailable: 'Most már kérhetsz új kódot.',
    confirmed: 'A fiókod meg van erősítve.',
    alreadyConfirmed: 'A fiókod már meg van erősítve. Bejelentkezhetsz.',
    verified: 'A fiókodhoz tartozó {attribute} meg van erősítve.',
    saved: 'Az új {attribute} mentése sikerült.',
    pendingTitle: 'Megerősítésre vár az új {attribute}',
    pendingBody: 'A jelenlegi {attribute} marad érvényben, amíg meg nem erősíted ezt: {value}.',
    unverifiedTitle: 'A fiókodhoz tartozó {attribute} nincs megerősítve',
    unverifiedBody: '{value} csak megerősítés után használható.',
    cancelChange: 'Módosítás elvetése',
    tryAgain: 'Újrapróbálás',
    signInAgain: 'Bejelentkezés újra',
    useThisAnyway: 'Áthelyezés ebbe a fiókba',
    useThisAnywayHint: 'Ezután a megadott {attribute} nem lesz használható a másik fiókba való bejelentkezéshez.',
    waitUntil: 'Próbáld újra {time} után.',
    codeHint: { one: 'Írd be a kapott, {length} jegyű kódot', other: 'Írd be a kapott, {length} jegyű kódot' },
    codeNotSentYet: 'Még nem küldtünk kódot. Kérj egyet, majd írd be ide.',
    loading: 'A fiókodhoz tartozó {attribute} betöltése…',
    codeHintAnyLength: 'Írd be az üzenetben kapott kódot',
    submitting: 'Ellenőrzés…',
    sending: 'Küldés…',
    saving: 'Mentés…',
    errorPrefix: 'Hiba:',
    attributeFallback: 'e-mail-cím vagy telefonszám',
    usernameLabel: 'Felhasználónév',
    resetPasswordHint: 'A fiókodhoz tartozó e-mail-címre vagy telefonszámra küldünk egy kódot.',
    newPasswordLabel: 'Új jelszó',
    showPassword: 'Jelszó megjelenítése',
    hidePassword: 'Jelszó elrejtése',
    passwordRulesTitle: 'A jelszó követelményei',
    passwordMinLength: { one: 'Legalább {count} karakter', other: 'Legalább {count} karakter' },
    passwordLowercase: 'Kisbetű',
    passwordUppercase: 'Nagybetű',
    passwordNumber: 'Számjegy',
    passwordSymbol: 'Különleges karakter, például ! vagy @',
    ruleMet: 'Teljesül:',
    ruleNotMet: 'Még hiányzik:',
    passwordRulesLeft: { one: 'Még {count} követelmény nem teljesül', other: 'Még {count} követelmény nem teljesül' },
    passwordRulesAllMet: 'A jelszó minden követelménynek megfelel.',
    resetPassword: 'Új jelszó beállítása',
    resettingPassword: 'Beállítás…',
    passwordChanged: 'Megváltozott a jelszavad. Jelentkezz be az új jelszóval.',
    signIn: 'Bejelentkezés',
    confirmAccount: 'Fiók megerősítése',
    useAnotherUsername: 'Másik felhasználónév használata',
  },
};
