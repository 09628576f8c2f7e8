import type { Messages } from '../messages/types.ts';

/** Finnish (fi). */
export const messages: Messages = {
  locale: 'fi',

  exceptions: {
    AliasExistsException:
      'Tämä {attribute} on jo toisen tilin käytössä. Anna jokin muu {attribute} tai kirjaudu sisään toiselle tilille.',
    CodeDeliveryFailureException:
      'Koodia ei voitu lähettää. Tarkista, että antamasi {attribute} on oikein, ja pyydä sitten uusi koodi.',
    CodeMismatchException: 'Koodi ei vastaa lähettämäämme koodia. Tarkista koodi ja syötä se uudelleen.',
    ExpiredCodeException: 'Koodi on vanhentunut. Pyydä uusi koodi ja syötä se sitten tähän.',
    ForbiddenException:
      'Emme voi juuri nyt ottaa vastaan tätä pyyntöä verkostasi. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen, jos ongelma jatkuu.',
    InternalErrorException: 'Kirjautumispalvelussa on ongelma. Yritä uudelleen muutaman minuutin kuluttua.',
    InvalidEmailRoleAccessPolicyException:
      'Emme voi juuri nyt lähettää sähköpostia, koska järjestelmässämme on ongelma. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen.',
    InvalidLambdaResponseException:
      'Toimintoa ei voitu viedä loppuun, koska järjestelmässämme on ongelma. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen.',
    InvalidParameterException: 'Osaa lähetetyistä tiedoista ei hyväksytty. Tarkista tiedot ja yritä uudelleen.',
    InvalidPasswordException: 'Salasana ei täytä vaatimuksia. Valitse toinen salasana.',
    InvalidSmsRoleAccessPolicyException:
      'Emme voi juuri nyt lähettää tekstiviestejä, koska järjestelmässämme on ongelma. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen.',
    InvalidSmsRoleTrustRelationshipException:
      'Tekstiviestejä ei voi juuri nyt lähettää, koska asetuksissamme on ongelma. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen.',
    LimitExceededException: 'Yrityksiä on ollut liikaa. Odota muutama minuutti ja yritä sitten uudelleen.',
    NotAuthorizedException: 'Istuntosi on päättynyt. Jatka kirjautumalla uudelleen sisään.',
    OperationNotEnabledException:
      'Tämä ei ole juuri nyt käytettävissä tililläsi. Ota yhteyttä tukeen, jos tarvitset apua.',
    PasswordHistoryPolicyViolationException:
      'Olet käyttänyt tätä salasanaa aiemmin. Valitse salasana, jota et ole käyttänyt viime aikoina.',
    PasswordResetRequiredException:
      'Sinun täytyy vaihtaa salasanasi ennen kuin voit jatkaa. Vaihda salasana ja kirjaudu sitten uudelleen sisään.',
    ResourceNotFoundException:
      'Palvelua ei ole määritetty oikein, joten emme voi jatkaa. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen.',
    TooManyFailedAttemptsException:
      'Vääriä yrityksiä on ollut liikaa. Odota muutama minuutti ennen kuin yrität uudelleen.',
    TooManyRequestsException: 'Pyyntöjä on tullut liikaa lyhyessä ajassa. Odota minuutti ja yritä sitten uudelleen.',
    UnexpectedLambdaException:
      'Jokin meni vikaan, kun tarkistimme tietojasi. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen.',
    UserLambdaValidationException: 'Tietojasi ei hyväksytty. Tarkista ne ja yritä uudelleen.',
    UserNotConfirmedException:
      'Tiliäsi ei ole vielä vahvistettu. Vahvista se koodilla, jonka lähetimme rekisteröityessäsi, ja kirjaudu sitten uudelleen sisään.',
    UserNotFoundException: 'Emme löydä tiliäsi. Se on ehkä suljettu. Jatka kirjautumalla uudelleen sisään.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Tämä {attribute} on jo toisen tilin käytössä. Kirjaudu sisään sille tilille tai rekisteröidy uudelleen ja anna jokin muu {attribute}.',
      InvalidParameterException:
        'Emme voineet vahvistaa tiliä näillä tiedoilla. Tarkista käyttäjänimi ja syötä koodi uudelleen.',
      LimitExceededException: 'Vääriä koodeja on syötetty liikaa. Odota muutama minuutti ja syötä koodi sitten uudelleen.',
      NotAuthorizedException:
        'Tätä tiliä ei voi vahvistaa. Se on ehkä poistettu käytöstä. Ota yhteyttä tukeen, jos tarvitset apua.',
      TooManyFailedAttemptsException:
        'Vääriä koodeja on syötetty liikaa. Odota muutama minuutti ennen kuin syötät koodin uudelleen.',
      UserLambdaValidationException: 'Emme voineet vahvistaa tiliäsi, koska osaa tiedoistasi ei hyväksytty.',
      UserNotFoundException: 'Tällä käyttäjänimellä ei ole tiliä. Tarkista käyttäjänimi ja yritä uudelleen.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Emme voineet lähettää uutta koodia. Odota hetki ja pyydä sitten uutta koodia uudelleen.',
      InvalidParameterException:
        'Emme voineet lähettää uutta koodia tälle tilille. Jos tili on jo vahvistettu, kirjaudu sen sijaan sisään.',
      LimitExceededException: 'Koodeja on pyydetty liikaa. Odota muutama minuutti ennen kuin pyydät uuden.',
      NotAuthorizedException: 'Emme voi lähettää koodia tälle tilille. Ota yhteyttä tukeen, jos tarvitset apua.',
      UserLambdaValidationException: 'Emme voineet lähettää uutta koodia, koska osaa tiedoistasi ei hyväksytty.',
      UserNotFoundException: 'Tällä käyttäjänimellä ei ole tiliä. Tarkista käyttäjänimi ja pyydä koodia uudelleen.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Tämä {attribute} on jo toisen tilin käytössä. Anna jokin muu {attribute}.',
      CodeDeliveryFailureException:
        'Emme voineet lähettää koodia. Tarkista, että uusi {attribute} on oikein, ja tallenna se uudelleen.',
      CodeMismatchException:
        'Koodin tarkistus epäonnistui, joten {attribute} ei muuttunut. Tallenna muutos uudelleen, niin saat uuden koodin.',
      ExpiredCodeException: 'Tämän muutoksen koodi on vanhentunut. Tallenna muutos uudelleen, niin saat uuden koodin.',
      InvalidParameterException: 'Antamasi {attribute} ei kelpaa. Tarkista se ja yritä uudelleen.',
      PasswordResetRequiredException:
        'Sinun täytyy vaihtaa salasanasi, ennen kuin {attribute} voidaan muuttaa. Vaihda salasana ja kirjaudu sitten uudelleen sisään.',
      UserLambdaValidationException: 'Antamasi {attribute} hylättiin. Tarkista se tai anna jokin muu.',
      UserNotConfirmedException:
        'Tili on vahvistettava, ennen kuin {attribute} voidaan muuttaa. Vahvista tilisi ja yritä sitten uudelleen.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Emme voineet lähettää koodia. Tarkista, että tilisi {attribute} on oikein, ja pyydä sitten uusi koodi.',
      InvalidParameterException:
        'Vahvistaminen ei onnistu. Tarkista, että tilillesi on tallennettu {attribute}, ja yritä uudelleen.',
      LimitExceededException: 'Koodeja on pyydetty liikaa. Odota muutama minuutti ennen kuin pyydät uuden.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Tämä {attribute} on jo toisen tilin käytössä, joten sitä ei voi vahvistaa sinun tilillesi. Anna jokin muu {attribute}.',
      InvalidParameterException:
        'Koodi ei kelvannut, joten {attribute} jäi vahvistamatta. Pyydä uusi koodi ja syötä se sitten tähän.',
      LimitExceededException: 'Vääriä koodeja on syötetty liikaa. Odota muutama minuutti ja syötä koodi sitten uudelleen.',
    },
    GetUser: {
      InvalidParameterException: 'Emme voineet tarkistaa tilisi tietoja. Jatka kirjautumalla uudelleen sisään.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Emme voineet lähettää koodia salasanan vaihtamista varten. Odota hetki ja pyydä sitten koodia uudelleen.',
      InvalidParameterException:
        'Emme voineet lähettää tälle tilille koodia salasanan vaihtamista varten. Ota yhteyttä tukeen, jos tarvitset apua kirjautumisessa.',
      LimitExceededException:
        'Koodeja salasanan vaihtamiseen on pyydetty liikaa. Odota muutama minuutti ennen kuin pyydät uuden.',
      NotAuthorizedException: 'Tämän tilin salasanaa ei voi vaihtaa täällä. Ota yhteyttä tukeen, jos tarvitset apua.',
      OperationNotEnabledException:
        'Salasanaa ei voi juuri nyt vaihtaa täällä. Ota yhteyttä tukeen, jos tarvitset apua kirjautumisessa.',
      UserLambdaValidationException:
        'Emme voineet lähettää koodia salasanan vaihtamista varten, koska osaa tiedoistasi ei hyväksytty.',
      UserNotFoundException:
        'Emme voineet lähettää koodia tälle käyttäjänimelle. Tarkista käyttäjänimi ja yritä uudelleen.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Emme voineet vaihtaa salasanaasi näillä tiedoilla. Tarkista koodi ja uusi salasana ja yritä sitten uudelleen.',
      LimitExceededException:
        'Vääriä koodeja on syötetty liikaa. Odota muutama minuutti ja syötä koodi sitten uudelleen.',
      NotAuthorizedException: 'Tämän tilin salasanaa ei voi vaihtaa täällä. Ota yhteyttä tukeen, jos tarvitset apua.',
      OperationNotEnabledException:
        'Salasanaa ei voi juuri nyt vaihtaa täällä. Ota yhteyttä tukeen, jos tarvitset apua kirjautumisessa.',
      TooManyFailedAttemptsException:
        'Vääriä koodeja on syötetty liikaa. Odota muutama minuutti ennen kuin syötät koodin uudelleen.',
      UserLambdaValidationException: 'Emme voineet vaihtaa salasanaasi, koska osaa tiedoistasi ei hyväksytty.',
      UserNotConfirmedException:
        'Tiliäsi ei ole vielä vahvistettu. Vahvista se koodilla, jonka lähetimme rekisteröityessäsi, ja vaihda sitten salasanasi.',
      UserNotFoundException:
        'Emme voineet vaihtaa tämän käyttäjänimen salasanaa. Tarkista käyttäjänimi ja yritä uudelleen.',
    },
  },

  local: {
    ValidationError: 'Tarkista antamasi tiedot ja yritä uudelleen.',
    NetworkError: 'Yhteyttä ei saatu. Tarkista internetyhteys ja yritä uudelleen.',
    TimeoutError: 'Tämä kestää liian kauan. Tarkista internetyhteys ja yritä uudelleen.',
    AbortError: '',
    SessionExpiredError: 'Sinut on kirjattu ulos. Jatka kirjautumalla uudelleen sisään.',
    UnknownError: 'Jokin meni vikaan. Yritä uudelleen tai ota yhteyttä tukeen, jos ongelma jatkuu.',
  },

  validation: {
    code: {
      required: 'Syötä koodi, jonka lähetimme sinulle',
      tooLong: 'Syötä vain viestissä oleva koodi',
      pattern: 'Syötä koodi täsmälleen niin kuin se on viestissä',
      format: 'Syötä koodi oikeassa muodossa, esimerkiksi 123456',
      incomplete: { one: 'Syötä koodin {length} numero', other: 'Syötä koodin kaikki {length} numeroa' },
    },
    username: {
      required: 'Anna käyttäjänimesi',
      tooLong: 'Käyttäjänimessä saa olla enintään 128 merkkiä',
      pattern: 'Käyttäjänimessä ei saa olla välilyöntejä',
      format: 'Anna käyttäjänimi oikeassa muodossa',
    },
    password: {
      required: 'Anna uusi salasana',
      tooLong: 'Salasanassa saa olla enintään 256 merkkiä',
      pattern: 'Salasana ei saa alkaa eikä päättyä välilyöntiin',
      format: 'Valitse salasana, joka täyttää kaikki luettelon vaatimukset',
    },
    attributeName: {
      required: 'Valitse, mitä haluat vahvistaa',
      tooLong: 'Tietokentän nimessä saa olla enintään 32 merkkiä',
      pattern: 'Tietokentän nimessä ei saa olla välilyöntejä',
      format: 'Anna tietokentän nimi oikeassa muodossa',
    },
    value: {
      required: 'Anna {attribute}',
      tooLong: 'Anna {attribute}, jossa on enintään 2\u00a0048 merkkiä',
      pattern: 'Antamasi {attribute} sisältää merkkejä, joita ei voi käyttää',
      format: 'Anna {attribute} oikeassa muodossa',
    },
    valueByAttribute: {
      email: {
        format: 'Anna sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@example.com',
      },
      phone_number: {
        pattern: 'Anna puhelinnumero maatunnuksen kanssa, esimerkiksi +15555550123',
        format: 'Anna puhelinnumero maatunnuksen kanssa, esimerkiksi +15555550123',
      },
    },
    configuration: {
      required: 'Tältä sivulta puuttuu asetustietoja. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen, jos ongelma jatkuu',
      tooLong: 'Sivu lähetti liian pitkiä asetustietoja. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen, jos ongelma jatkuu',
      pattern:
        'Sivu lähetti asetustietoja, joita ei voi käyttää. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen, jos ongelma jatkuu',
      format:
        'Sivu lähetti asetustietoja väärässä muodossa. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen, jos ongelma jatkuu',
    },
    accessToken: {
      required: 'Jatka kirjautumalla sisään',
    },
  },

  attributes: {
    email: { noun: 'sähköpostiosoite', label: 'Sähköposti' },
    phone_number: { noun: 'puhelinnumero', label: 'Puhelinnumero' },
    given_name: { noun: 'etunimi', label: 'Etunimi' },
    family_name: { noun: 'sukunimi', label: 'Sukunimi' },
    preferred_username: { noun: 'ensisijainen käyttäjänimi', label: 'Ensisijainen käyttäjänimi' },
  },

  ui: {
    confirmationCodeLabel: 'Vahvistuskoodi',
    verificationCodeLabel: 'Varmennuskoodi',
    confirm: 'Vahvista',
    verify: 'Vahvista',
    save: 'Tallenna',
    resendCode: 'Lähetä koodi uudelleen',
    sendCode: 'Lähetä koodi',
    resendCodeIn: 'Lähetä koodi uudelleen {time} kuluttua',
    codeSent: 'Koodi lähetettiin: {destination}.',
    codeSentByEmail: 'Lähetimme koodin sähköpostiosoitteeseen {destination}.',
    codeSentBySms: 'Lähetimme koodin tekstiviestillä numeroon {destination}.',
    codeSentNoDestination: 'Lähetimme sinulle koodin.',
    newCodeSent: 'Uusi koodi lähetettiin: {destination}.',
    resendAvailable: 'Voit nyt pyytää uuden koodin.',
    confirmed: 'Tilisi on vahvistettu.',
    alreadyConfirmed: 'Tilisi on jo vahvistettu. Voit kirjautua sisään.',
    verified: 'Tilisi {attribute} on vahvistettu.',
    saved: 'Uusi {attribute} on tallennettu.',
    pendingTitle: 'Vahvista uusi {attribute}',
    pendingBody: 'Nykyinen {attribute} pysyy käytössä, kunnes {value} on vahvistettu.',
    unverifiedTitle: 'Tilisi {attribute} on vahvistamatta',
    unverifiedBody: '{value} on vahvistettava, ennen kuin voit käyttää sitä.',
    cancelChange: 'Peru muutos',
    tryAgain: 'Yritä uudelleen',
    signInAgain: 'Kirjaudu uudelleen sisään',
    useThisAnyway: 'Käytä sen sijaan tässä tilissä',
    useThisAnywayHint: 'Tämä {attribute} ei sen jälkeen enää käy kirjautumiseen toiselle tilille.',
    waitUntil: 'Yritä uudelleen {time} jälkeen.',
    codeHint: { one: 'Syötä {length}-numeroinen koodi', other: 'Syötä {length}-numeroinen koodi' },
    codeNotSentYet: 'Emme ole vielä lähettäneet koodia. Pyydä koodi ja syötä se sitten tähän.',
    loading: 'Tilisi {attribute} latautuu…',
    codeHintAnyLength: 'Syötä viestissä oleva koodi',
    submitting: 'Tarkistetaan…',
    sending: 'Lähetetään…',
    saving: 'Tallennetaan…',
    errorPrefix: 'Virhe:',
    attributeFallback: 'sähköpostiosoite tai puhelinnumero',
    usernameLabel: 'Käyttäjänimi',
    resetPasswordHint: 'Lähetämme koodin tiliisi liitettyyn sähköpostiosoitteeseen tai puhelinnumeroon.',
    newPasswordLabel: 'Uusi salasana',
    showPassword: 'Näytä salasana',
    hidePassword: 'Piilota salasana',
    passwordRulesTitle: 'Salasanan vaatimukset',
    passwordMinLength: { one: 'Vähintään {count} merkki', other: 'Vähintään {count} merkkiä' },
    passwordLowercase: 'Pieni kirjain',
    passwordUppercase: 'Iso kirjain',
    passwordNumber: 'Numero',
    passwordSymbol: 'Erikoismerkki, kuten ! tai @',
    ruleMet: 'Kunnossa:',
    ruleNotMet: 'Puuttuu vielä:',
    passwordRulesLeft: {
      one: '{count} vaatimus on vielä täyttämättä',
      other: '{count} vaatimusta on vielä täyttämättä',
    },
    passwordRulesAllMet: 'Salasana täyttää kaikki vaatimukset.',
    resetPassword: 'Vaihda salasana',
    resettingPassword: 'Vaihdetaan…',
    passwordChanged: 'Salasanasi on vaihdettu. Kirjaudu sisään uudella salasanalla.',
    signIn: 'Kirjaudu sisään',
    confirmAccount: 'Vahvista tilisi',
    useAnotherUsername: 'Käytä toista käyttäjänimeä',
  },
};
