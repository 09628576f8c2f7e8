import type { Messages } from '../messages/types.ts';

/** Estonian (et). */
export const messages: Messages = {
  locale: 'et',

  exceptions: {
    AliasExistsException:
      'See {attribute} on juba teisel kontol kasutusel. Sisestage mõni teine {attribute} või logige sisse sellesse kontosse.',
    CodeDeliveryFailureException:
      'Koodi ei õnnestunud saata. Kontrollige, kas {attribute} on õige, ja küsige uus kood.',
    CodeMismatchException: 'See kood ei ühti saadetud koodiga. Kontrollige koodi ja sisestage see uuesti.',
    ExpiredCodeException: 'See kood on aegunud. Küsige uus kood ja sisestage see siia.',
    ForbiddenException:
      'Me ei saa praegu teie võrgust tulnud päringut vastu võtta. Proovige hiljem uuesti või võtke ühendust toega, kui probleem kordub.',
    InternalErrorException: 'Sisselogimisteenusega on probleem. Proovige mõne minuti pärast uuesti.',
    InvalidEmailRoleAccessPolicyException:
      'Me ei saa meiepoolse probleemi tõttu praegu e-kirju saata. Proovige hiljem uuesti või võtke ühendust toega.',
    InvalidLambdaResponseException:
      'Meiepoolse probleemi tõttu ei õnnestunud toimingut lõpetada. Proovige hiljem uuesti või võtke ühendust toega.',
    InvalidParameterException: 'Osa saadetud andmeid ei võetud vastu. Kontrollige neid ja proovige uuesti.',
    InvalidPasswordException: 'See parool ei vasta nõuetele. Valige mõni teine parool.',
    InvalidSmsRoleAccessPolicyException:
      'Me ei saa meiepoolse probleemi tõttu praegu SMS-e saata. Proovige hiljem uuesti või võtke ühendust toega.',
    InvalidSmsRoleTrustRelationshipException:
      'Meiepoolse seadistusprobleemi tõttu ei saa praegu SMS-e saata. Proovige hiljem uuesti või võtke ühendust toega.',
    LimitExceededException: 'Katseid on olnud liiga palju. Oodake mõni minut ja proovige uuesti.',
    NotAuthorizedException: 'Teie seanss on lõppenud. Jätkamiseks logige uuesti sisse.',
    OperationNotEnabledException: 'See pole teie kontol praegu saadaval. Kui vajate abi, võtke ühendust toega.',
    PasswordHistoryPolicyViolationException:
      'Olete seda parooli varem kasutanud. Valige parool, mida te pole hiljuti kasutanud.',
    PasswordResetRequiredException: 'Enne jätkamist peate parooli lähtestama. Lähtestage see ja logige uuesti sisse.',
    ResourceNotFoundException:
      'See teenus pole õigesti seadistatud, seega ei saa me jätkata. Proovige hiljem uuesti või võtke ühendust toega.',
    TooManyFailedAttemptsException:
      'Valesid katseid on olnud liiga palju. Oodake mõni minut, enne kui uuesti proovite.',
    TooManyRequestsException: 'Lühikese aja jooksul on tehtud liiga palju päringuid. Oodake minut ja proovige uuesti.',
    UnexpectedLambdaException:
      'Teie andmete kontrollimisel läks midagi valesti. Proovige hiljem uuesti või võtke ühendust toega.',
    UserLambdaValidationException: 'Teie andmeid ei võetud vastu. Kontrollige neid ja proovige uuesti.',
    UserNotConfirmedException:
      'Teie konto pole veel kinnitatud. Kinnitage see koodiga, mille saatsime registreerumisel, ja logige uuesti sisse.',
    UserNotFoundException: 'Me ei leia teie kontot. Võimalik, et see on suletud. Jätkamiseks logige uuesti sisse.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'See {attribute} on juba teisel kontol kasutusel. Logige sisse sellesse kontosse või registreeruge uuesti ja sisestage teine {attribute}.',
      InvalidParameterException:
        'Nende andmetega ei õnnestunud kontot kinnitada. Kontrollige kasutajanime ja sisestage kood uuesti.',
      LimitExceededException: 'Valesid koode on sisestatud liiga palju. Oodake mõni minut ja sisestage kood uuesti.',
      NotAuthorizedException:
        'Seda kontot ei saa kinnitada. Võimalik, et see on keelatud. Kui vajate abi, võtke ühendust toega.',
      TooManyFailedAttemptsException:
        'Valesid koode on sisestatud liiga palju. Oodake mõni minut, enne kui koodi uuesti sisestate.',
      UserLambdaValidationException:
        'Teie kontot ei õnnestunud kinnitada, sest osa teie andmeid ei võetud vastu.',
      UserNotFoundException: 'Selle kasutajanimega kontot pole. Kontrollige kasutajanime ja proovige uuesti.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Uut koodi ei õnnestunud saata. Oodake hetk ja küsige uus kood uuesti.',
      InvalidParameterException:
        'Sellele kontole ei õnnestunud uut koodi saata. Kui konto on juba kinnitatud, logige hoopis sisse.',
      LimitExceededException: 'Koode on küsitud liiga palju. Oodake mõni minut, enne kui uue küsite.',
      NotAuthorizedException: 'Me ei saa sellele kontole koodi saata. Kui vajate abi, võtke ühendust toega.',
      UserLambdaValidationException: 'Uut koodi ei õnnestunud saata, sest osa teie andmeid ei võetud vastu.',
      UserNotFoundException: 'Selle kasutajanimega kontot pole. Kontrollige kasutajanime ja küsige kood uuesti.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'See {attribute} on juba teisel kontol kasutusel. Sisestage mõni teine {attribute}.',
      CodeDeliveryFailureException:
        'Koodi ei õnnestunud saata. Kontrollige, kas uus {attribute} on õige, ja salvestage see uuesti.',
      CodeMismatchException:
        'Teie {attribute} jäi muutmata, sest koodi kontroll ebaõnnestus. Uue koodi saamiseks salvestage muudatus uuesti.',
      ExpiredCodeException:
        'Selle muudatuse kood on aegunud. Uue koodi saamiseks salvestage muudatus uuesti.',
      InvalidParameterException: 'See {attribute} pole kasutatav. Kontrollige seda ja proovige uuesti.',
      PasswordResetRequiredException:
        'Teie {attribute} on muudetav alles pärast parooli lähtestamist. Lähtestage parool ja logige uuesti sisse.',
      UserLambdaValidationException: 'See {attribute} jäi vastu võtmata. Kontrollige seda või sisestage mõni teine.',
      UserNotConfirmedException:
        'Teie {attribute} on muudetav alles pärast konto kinnitamist. Kinnitage konto ja proovige uuesti.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Koodi ei õnnestunud saata. Kontrollige, kas teie {attribute} on õige, ja küsige uus kood.',
      InvalidParameterException:
        'Teie {attribute} jäi kinnitamata. Kontrollige, kas see on teie kontole salvestatud, ja proovige uuesti.',
      LimitExceededException: 'Koode on küsitud liiga palju. Oodake mõni minut, enne kui uue küsite.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'See {attribute} on juba teisel kontol kasutusel, seega ei saa seda teie kontol kinnitada. Sisestage mõni teine {attribute}.',
      InvalidParameterException:
        'Teie {attribute} jäi selle koodiga kinnitamata. Küsige uus kood ja sisestage see siia.',
      LimitExceededException: 'Valesid koode on sisestatud liiga palju. Oodake mõni minut ja sisestage kood uuesti.',
    },
    GetUser: {
      InvalidParameterException: 'Teie konto andmeid ei õnnestunud kontrollida. Jätkamiseks logige uuesti sisse.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: 'Lähtestamiskoodi ei õnnestunud saata. Oodake hetk ja küsige kood uuesti.',
      InvalidParameterException:
        'Sellele kontole ei õnnestunud lähtestamiskoodi saata. Kui vajate sisselogimisel abi, võtke ühendust toega.',
      LimitExceededException: 'Lähtestamiskoode on küsitud liiga palju. Oodake mõni minut, enne kui uue küsite.',
      NotAuthorizedException: 'Selle konto parooli ei saa siin lähtestada. Kui vajate abi, võtke ühendust toega.',
      OperationNotEnabledException:
        'Paroole ei saa siin praegu lähtestada. Kui vajate sisselogimisel abi, võtke ühendust toega.',
      UserLambdaValidationException: 'Lähtestamiskoodi ei õnnestunud saata, sest osa teie andmeid ei võetud vastu.',
      UserNotFoundException:
        'Selle kasutajanime jaoks ei õnnestunud koodi saata. Kontrollige kasutajanime ja proovige uuesti.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Nende andmetega ei õnnestunud parooli lähtestada. Kontrollige koodi ja uut parooli ning proovige uuesti.',
      LimitExceededException: 'Valesid koode on sisestatud liiga palju. Oodake mõni minut ja sisestage kood uuesti.',
      NotAuthorizedException: 'Selle konto parooli ei saa siin lähtestada. Kui vajate abi, võtke ühendust toega.',
      OperationNotEnabledException:
        'Paroole ei saa siin praegu lähtestada. Kui vajate sisselogimisel abi, võtke ühendust toega.',
      TooManyFailedAttemptsException:
        'Valesid koode on sisestatud liiga palju. Oodake mõni minut, enne kui koodi uuesti sisestate.',
      UserLambdaValidationException: 'Parooli ei õnnestunud muuta, sest osa teie andmeid ei võetud vastu.',
      UserNotConfirmedException:
        'Teie konto pole veel kinnitatud. Kinnitage see koodiga, mille saatsime registreerumisel, ja lähtestage siis parool.',
      UserNotFoundException:
        'Selle kasutajanime parooli ei õnnestunud lähtestada. Kontrollige kasutajanime ja proovige uuesti.',
    },
  },

  local: {
    ValidationError: 'Kontrollige sisestatud andmeid ja proovige uuesti.',
    NetworkError: 'Ühenduse loomine ebaõnnestus. Kontrollige internetiühendust ja proovige uuesti.',
    TimeoutError: 'See võtab liiga kaua aega. Kontrollige internetiühendust ja proovige uuesti.',
    AbortError: '',
    SessionExpiredError: 'Teid logiti välja. Jätkamiseks logige uuesti sisse.',
    UnknownError: 'Midagi läks valesti. Proovige uuesti või võtke ühendust toega, kui probleem kordub.',
  },

  validation: {
    code: {
      required: 'Sisestage kood, mille teile saatsime',
      tooLong: 'Sisestage ainult sõnumis olev kood',
      pattern: 'Sisestage kood täpselt nii, nagu see on sõnumis',
      format: 'Sisestage kood õiges vormingus, näiteks 123456',
      incomplete: {
        one: 'Sisestage koodi {length} number',
        other: 'Sisestage koodi kõik {length} numbrit',
      },
    },
    username: {
      required: 'Sisestage kasutajanimi',
      tooLong: 'Kasutajanimes võib olla kuni 128 märki',
      pattern: 'Kasutajanimes ei tohi olla tühikuid',
      format: 'Sisestage kasutajanimi õiges vormingus',
    },
    password: {
      required: 'Sisestage uus parool',
      tooLong: 'Paroolis võib olla kuni 256 märki',
      pattern: 'Parool ei tohi alata ega lõppeda tühikuga',
      format: 'Valige parool, mis vastab kõigile loendis olevatele nõuetele',
    },
    attributeName: {
      required: 'Valige, mida kinnitada',
      tooLong: 'Välja nimes võib olla kuni 32 märki',
      pattern: 'Välja nimes ei tohi olla tühikuid',
      format: 'Sisestage välja nimi õiges vormingus',
    },
    value: {
      required: 'Sisestage oma {attribute}',
      tooLong: 'Teie {attribute} võib olla kuni 2048 märki pikk',
      pattern: 'Teie {attribute} sisaldab märke, mida ei saa kasutada',
      format: 'Sisestage oma {attribute} õiges vormingus',
    },
    valueByAttribute: {
      email: {
        format: 'Sisestage e-posti aadress õiges vormingus, näiteks name@example.com',
      },
      phone_number: {
        pattern: 'Sisestage telefoninumber koos riigikoodiga, näiteks +15555550123',
        format: 'Sisestage telefoninumber koos riigikoodiga, näiteks +15555550123',
      },
    },
    configuration: {
      required:
        'Sellel lehel puuduvad mõned seadistusandmed. Proovige hiljem uuesti või võtke ühendust toega, kui probleem kordub',
      tooLong:
        'See leht saatis liiga pikad seadistusandmed. Proovige hiljem uuesti või võtke ühendust toega, kui probleem kordub',
      pattern:
        'See leht saatis seadistusandmed, mida ei saa kasutada. Proovige hiljem uuesti või võtke ühendust toega, kui probleem kordub',
      format:
        'See leht saatis seadistusandmed vales vormingus. Proovige hiljem uuesti või võtke ühendust toega, kui probleem kordub',
    },
    accessToken: {
      required: 'Jätkamiseks logige sisse',
    },
  },

  attributes: {
    email: { noun: 'e-posti aadress', label: 'E-post' },
    phone_number: { noun: 'telefoninumber', label: 'Telefoninumber' },
    given_name: { noun: 'eesnimi', label: 'Eesnimi' },
    family_name: { noun: 'perekonnanimi', label: 'Perekonnanimi' },
    preferred_username: { noun: 'eelistatud kasutajanimi', label: 'Eelistatud kasutajanimi' },
  },

  ui: {
    confirmationCodeLabel: 'Kinnituskood',
    verificationCodeLabel: 'Kontrollkood',
    confirm: 'Kinnita',
    verify: 'Kinnita',
    save: 'Salvesta',
    resendCode: 'Saada kood uuesti',
    sendCode: 'Saada kood',
    resendCodeIn: 'Saada kood uuesti {time} pärast',
    codeSent: 'Saatsime koodi: {destination}.',
    codeSentByEmail: 'Saatsime koodi e-postiga aadressile {destination}.',
    codeSentBySms: 'Saatsime koodi SMS-iga numbrile {destination}.',
    codeSentNoDestination: 'Saatsime teile koodi.',
    newCodeSent: 'Saatsime uue koodi: {destination}.',
    resendAvailable: 'Nüüd saate uue koodi küsida.',
    confirmed: 'Teie konto on kinnitatud.',
    alreadyConfirmed: 'Teie konto on juba kinnitatud. Võite sisse logida.',
    verified: 'Teie {attribute} on kinnitatud.',
    saved: 'Teie {attribute} on salvestatud.',
    pendingTitle: 'Kinnitage oma uus {attribute}',
    pendingBody: 'Teie praegune {attribute} kehtib, kuni {value} on kinnitatud.',
    unverifiedTitle: 'Teie {attribute} pole kinnitatud',
    unverifiedBody: '{value} tuleb enne kasutamist kinnitada.',
    cancelChange: 'Tühista muudatus',
    tryAgain: 'Proovi uuesti',
    signInAgain: 'Logi uuesti sisse',
    useThisAnyway: 'Kasuta hoopis selle konto jaoks',
    useThisAnywayHint: 'See {attribute} ei sobi enam teise kontosse sisselogimiseks.',
    waitUntil: 'Proovige uuesti pärast {time}.',
    codeHint: {
      one: 'Sisestage {length}-kohaline kood',
      other: 'Sisestage {length}-kohaline kood',
    },
    codeNotSentYet: 'Me pole veel koodi saatnud. Küsige kood ja sisestage see siia.',
    loading: 'Teie {attribute} laaditakse…',
    codeHintAnyLength: 'Sisestage sõnumis olev kood',
    submitting: 'Kontrollime…',
    sending: 'Saadame…',
    saving: 'Salvestame…',
    errorPrefix: 'Viga:',
    attributeFallback: 'e-posti aadress või telefoninumber',
    usernameLabel: 'Kasutajanimi',
    resetPasswordHint: 'Saadame koodi teie kontoga seotud e-posti aadressile või telefoninumbrile.',
    newPasswordLabel: 'Uus parool',
    showPassword: 'Näita parooli',
    hidePassword: 'Peida parool',
    passwordRulesTitle: 'Parooli nõuded',
    passwordMinLength: { one: 'Vähemalt {count} märk', other: 'Vähemalt {count} märki' },
    passwordLowercase: 'Väiketäht',
    passwordUppercase: 'Suurtäht',
    passwordNumber: 'Number',
    passwordSymbol: 'Erimärk, näiteks ! või @',
    ruleMet: 'Täidetud:',
    ruleNotMet: 'Veel täitmata:',
    passwordRulesLeft: {
      one: 'Täitmata on veel {count} parooli nõue',
      other: 'Täitmata on veel {count} parooli nõuet',
    },
    passwordRulesAllMet: 'Parool vastab kõigile nõuetele.',
    resetPassword: 'Lähtesta parool',
    resettingPassword: 'Lähtestame…',
    passwordChanged: 'Teie parool on muudetud. Logige sisse uue parooliga.',
    signIn: 'Logi sisse',
    confirmAccount: 'Kinnita konto',
    useAnotherUsername: 'Kasuta teist kasutajanime',
  },
};
