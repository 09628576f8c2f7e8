import type { Messages } from '../messages/types.ts';

/** Czech (cs). */
export const messages: Messages = {
  locale: 'cs',

  exceptions: {
    AliasExistsException:
      'Jiný účet už tento údaj používá jako {attribute}. Jako {attribute} zadejte jiný údaj, nebo se přihlaste k druhému účtu.',
    CodeDeliveryFailureException:
      'Kód se nepodařilo odeslat. Zkontrolujte {attribute} a požádejte o nový kód.',
    CodeMismatchException: 'Tento kód neodpovídá kódu, který jsme poslali. Zkontrolujte ho a zadejte znovu.',
    ExpiredCodeException: 'Platnost kódu vypršela. Požádejte o nový kód a zadejte ho sem.',
    ForbiddenException:
      'Tento požadavek teď z vaší sítě nemůžeme přijmout. Zkuste to později, nebo se obraťte na podporu, pokud problém přetrvává.',
    InternalErrorException: 'Služba přihlášení má potíže. Zkuste to znovu za pár minut.',
    InvalidEmailRoleAccessPolicyException:
      'Kvůli potížím na naší straně teď nemůžeme posílat e-maily. Zkuste to později, nebo se obraťte na podporu.',
    InvalidLambdaResponseException:
      'Kvůli potížím na naší straně se to nepodařilo dokončit. Zkuste to později, nebo se obraťte na podporu.',
    InvalidParameterException: 'Některé odeslané údaje nebyly přijaty. Zkontrolujte je a zkuste to znovu.',
    InvalidPasswordException: 'Toto heslo nesplňuje požadavky. Zvolte jiné heslo.',
    InvalidSmsRoleAccessPolicyException:
      'Kvůli potížím na naší straně teď nemůžeme posílat SMS. Zkuste to později, nebo se obraťte na podporu.',
    InvalidSmsRoleTrustRelationshipException:
      'Kvůli chybě v nastavení na naší straně teď nelze posílat SMS. Zkuste to později, nebo se obraťte na podporu.',
    LimitExceededException: 'Proběhlo příliš mnoho pokusů. Počkejte pár minut a zkuste to znovu.',
    NotAuthorizedException: 'Vaše přihlášení vypršelo. Pokud chcete pokračovat, přihlaste se znovu.',
    OperationNotEnabledException:
      'Tato možnost teď pro váš účet není dostupná. Pokud potřebujete pomoc, obraťte se na podporu.',
    PasswordHistoryPolicyViolationException:
      'Toto heslo jste už dříve použili. Zvolte heslo, které jste v poslední době nepoužili.',
    PasswordResetRequiredException:
      'Než budete pokračovat, musíte si obnovit heslo. Obnovte ho a pak se znovu přihlaste.',
    ResourceNotFoundException:
      'Tato služba není správně nastavená, takže nemůžeme pokračovat. Zkuste to později, nebo se obraťte na podporu.',
    TooManyFailedAttemptsException:
      'Proběhlo příliš mnoho neúspěšných pokusů. Než to zkusíte znovu, počkejte pár minut.',
    TooManyRequestsException: 'Za krátkou dobu přišlo příliš mnoho požadavků. Počkejte minutu a zkuste to znovu.',
    UnexpectedLambdaException:
      'Při kontrole vašich údajů se něco pokazilo. Zkuste to později, nebo se obraťte na podporu.',
    UserLambdaValidationException: 'Vaše údaje nebyly přijaty. Zkontrolujte je a zkuste to znovu.',
    UserNotConfirmedException:
      'Váš účet ještě není potvrzený. Potvrďte ho kódem, který jsme vám poslali při registraci, a pak se znovu přihlaste.',
    UserNotFoundException: 'Váš účet nemůžeme najít. Možná byl zrušen. Pokud chcete pokračovat, přihlaste se znovu.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Jiný účet už tento údaj používá jako {attribute}. Přihlaste se k tomu účtu, nebo se zaregistrujte znovu a jako {attribute} zadejte jiný údaj.',
      InvalidParameterException:
        'S těmito údaji se účet nepodařilo potvrdit. Zkontrolujte uživatelské jméno a zadejte kód znovu.',
      LimitExceededException: 'Zadali jste příliš mnoho chybných kódů. Počkejte pár minut a zadejte kód znovu.',
      NotAuthorizedException:
        'Tento účet nelze potvrdit. Možná byl zablokován. Pokud potřebujete pomoc, obraťte se na podporu.',
      TooManyFailedAttemptsException:
        'Zadali jste příliš mnoho chybných kódů. Než kód zadáte znovu, počkejte pár minut.',
      UserLambdaValidationException: 'Váš účet se nepodařilo potvrdit, protože některé vaše údaje nebyly přijaty.',
      UserNotFoundException: 'Účet s tímto uživatelským jménem neexistuje. Zkontrolujte uživatelské jméno a zkuste to znovu.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Nový kód se nepodařilo odeslat. Chvíli počkejte a pak o nový kód požádejte znovu.',
      InvalidParameterException:
        'Pro tento účet se nepodařilo odeslat nový kód. Pokud už je účet potvrzený, prostě se přihlaste.',
      LimitExceededException: 'Požádali jste o příliš mnoho kódů. Než požádáte o další, počkejte pár minut.',
      NotAuthorizedException: 'Pro tento účet nemůžeme kód odeslat. Pokud potřebujete pomoc, obraťte se na podporu.',
      UserLambdaValidationException: 'Nový kód se nepodařilo odeslat, protože některé vaše údaje nebyly přijaty.',
      UserNotFoundException:
        'Účet s tímto uživatelským jménem neexistuje. Zkontrolujte uživatelské jméno a požádejte o kód znovu.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Jiný účet už tento údaj používá jako {attribute}. Jako {attribute} zadejte jiný údaj.',
      CodeDeliveryFailureException:
        'Kód se nepodařilo odeslat. Zkontrolujte, co jste zadali jako {attribute}, a změnu znovu uložte.',
      CodeMismatchException:
        'Ověření kódu se nezdařilo, takže {attribute} zůstává beze změny. Uložte změnu znovu a dostanete nový kód.',
      ExpiredCodeException: 'Platnost kódu pro tuto změnu vypršela. Uložte změnu znovu a dostanete nový kód.',
      InvalidParameterException: 'Tuto hodnotu nelze použít jako {attribute}. Zkontrolujte ji a zkuste to znovu.',
      PasswordResetRequiredException:
        'Než budete moct změnit {attribute}, musíte si obnovit heslo. Obnovte ho a pak se znovu přihlaste.',
      UserLambdaValidationException: 'Tato hodnota nebyla přijata jako {attribute}. Zkontrolujte ji, nebo zadejte jinou.',
      UserNotConfirmedException:
        'Změnit {attribute} půjde až po potvrzení účtu. Potvrďte účet a zkuste to znovu.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Kód se nepodařilo odeslat. Zkontrolujte {attribute} ve svém účtu a požádejte o nový kód.',
      InvalidParameterException:
        'Ověřit {attribute} teď nejde. Zkontrolujte údaje ve svém účtu a zkuste to znovu.',
      LimitExceededException: 'Požádali jste o příliš mnoho kódů. Než požádáte o další, počkejte pár minut.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Jiný účet už tento údaj používá jako {attribute}, proto ho nelze ověřit pro váš účet. Jako {attribute} zadejte jiný údaj.',
      InvalidParameterException:
        'S tímto kódem se {attribute} nepodařilo ověřit. Požádejte o nový kód a zadejte ho sem.',
      LimitExceededException: 'Zadali jste příliš mnoho chybných kódů. Počkejte pár minut a zadejte kód znovu.',
    },
    GetUser: {
      InvalidParameterException: 'Údaje vašeho účtu se nepodařilo ověřit. Pokud chcete pokračovat, přihlaste se znovu.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Kód pro obnovení hesla se nepodařilo odeslat. Chvíli počkejte a pak o kód požádejte znovu.',
      InvalidParameterException:
        'Pro tento účet se nepodařilo odeslat kód pro obnovení hesla. Pokud potřebujete pomoc s přihlášením, obraťte se na podporu.',
      LimitExceededException:
        'Požádali jste o příliš mnoho kódů pro obnovení hesla. Než požádáte o další, počkejte pár minut.',
      NotAuthorizedException: 'Heslo k tomuto účtu tady obnovit nelze. Pokud potřebujete pomoc, obraťte se na podporu.',
      OperationNotEnabledException:
        'Obnovení hesla tady teď není dostupné. Pokud potřebujete pomoc s přihlášením, obraťte se na podporu.',
      UserLambdaValidationException:
        'Kód pro obnovení hesla se nepodařilo odeslat, protože některé vaše údaje nebyly přijaty.',
      UserNotFoundException:
        'Pro toto uživatelské jméno se kód nepodařilo odeslat. Zkontrolujte uživatelské jméno a zkuste to znovu.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'S těmito údaji se heslo nepodařilo obnovit. Zkontrolujte kód a nové heslo a zkuste to znovu.',
      LimitExceededException: 'Zadali jste příliš mnoho chybných kódů. Počkejte pár minut a zadejte kód znovu.',
      NotAuthorizedException: 'Heslo k tomuto účtu tady obnovit nelze. Pokud potřebujete pomoc, obraťte se na podporu.',
      OperationNotEnabledException:
        'Obnovení hesla tady teď není dostupné. Pokud potřebujete pomoc s přihlášením, obraťte se na podporu.',
      TooManyFailedAttemptsException:
        'Zadali jste příliš mnoho chybných kódů. Než kód zadáte znovu, počkejte pár minut.',
      UserLambdaValidationException: 'Heslo se nepodařilo změnit, protože některé vaše údaje nebyly přijaty.',
      UserNotConfirmedException:
        'Váš účet ještě není potvrzený. Potvrďte ho kódem, který jsme vám poslali při registraci, a pak si obnovte heslo.',
      UserNotFoundException:
        'Heslo pro toto uživatelské jméno se nepodařilo obnovit. Zkontrolujte uživatelské jméno a zkuste to znovu.',
    },
  },

  local: {
    ValidationError: 'Zkontrolujte zadané údaje a zkuste to znovu.',
    NetworkError: 'Nepodařilo se připojit. Zkontrolujte připojení k internetu a zkuste to znovu.',
    TimeoutError: 'Trvá to příliš dlouho. Zkontrolujte připojení k internetu a zkuste to znovu.',
    AbortError: '',
    SessionExpiredError: 'Byli jste odhlášeni. Pokud chcete pokračovat, přihlaste se znovu.',
    UnknownError: 'Něco se pokazilo. Zkuste to znovu, nebo se obraťte na podporu, pokud problém přetrvává.',
  },

  validation: {
    code: {
      required: 'Zadejte kód, který jsme vám poslali',
      tooLong: 'Zadejte jen kód ze zprávy',
      pattern: 'Zadejte kód přesně tak, jak je uvedený ve zprávě',
      format: 'Zadejte kód ve správném formátu, například 123456',
      incomplete: {
        one: 'Zadejte {length} číslici kódu',
        few: 'Zadejte všechny {length} číslice kódu',
        many: 'Zadejte {length} číslice kódu',
        other: 'Zadejte všech {length} číslic kódu',
      },
    },
    username: {
      required: 'Zadejte uživatelské jméno',
      tooLong: 'Uživatelské jméno může mít nejvýše 128 znaků',
      pattern: 'Uživatelské jméno nesmí obsahovat mezery',
      format: 'Zadejte uživatelské jméno ve správném formátu',
    },
    password: {
      required: 'Zadejte nové heslo',
      tooLong: 'Heslo může mít nejvýše 256 znaků',
      pattern: 'Heslo nesmí začínat ani končit mezerou',
      format: 'Zvolte heslo, které splňuje všechny požadavky ze seznamu',
    },
    attributeName: {
      required: 'Vyberte, co chcete ověřit',
      tooLong: 'Název údaje může mít nejvýše 32 znaků',
      pattern: 'Název údaje nesmí obsahovat mezery',
      format: 'Zadejte název údaje ve správném formátu',
    },
    value: {
      required: 'Zadejte {attribute}',
      tooLong: 'Zadejte {attribute} o délce nejvýše 2\u00a0048 znaků',
      pattern: 'Zadejte {attribute} bez nepovolených znaků',
      format: 'Zadejte {attribute} ve správném formátu',
    },
    valueByAttribute: {
      email: {
        format: 'Zadejte e-mailovou adresu ve správném formátu, například jmeno@example.com',
      },
      phone_number: {
        pattern: 'Zadejte telefonní číslo s předvolbou země, například +15555550123',
        format: 'Zadejte telefonní číslo s předvolbou země, například +15555550123',
      },
    },
    configuration: {
      required:
        'Na této stránce chybí některé údaje nastavení. Zkuste to později, nebo se obraťte na podporu, pokud problém přetrvává',
      tooLong:
        'Tato stránka odeslala příliš dlouhé údaje nastavení. Zkuste to později, nebo se obraťte na podporu, pokud problém přetrvává',
      pattern:
        'Tato stránka odeslala údaje nastavení, které nelze použít. Zkuste to později, nebo se obraťte na podporu, pokud problém přetrvává',
      format:
        'Tato stránka odeslala údaje nastavení ve špatném formátu. Zkuste to později, nebo se obraťte na podporu, pokud problém přetrvává',
    },
    accessToken: {
      required: 'Pokud chcete pokračovat, přihlaste se',
    },
  },

  attributes: {
    email: { noun: 'e-mail', label: 'E-mail' },
    phone_number: { noun: 'telefonní číslo', label: 'Telefonní číslo' },
    given_name: { noun: 'jméno', label: 'Jméno' },
    family_name: { noun: 'příjmení', label: 'Příjmení' },
    preferred_username: { noun: 'preferované uživatelské jméno', label: 'Preferované uživatelské jméno' },
  },

  ui: {
    confirmationCodeLabel: 'Potvrzovací kód',
    verificationCodeLabel: 'Ověřovací kód',
    confirm: 'Potvrdit',
    verify: 'Ověřit',
    save: 'Uložit',
    resendCode: 'Poslat kód znovu',
    sendCode: 'Poslat kód',
    resendCodeIn: 'Poslat kód znovu za {time}',
    codeSent: 'Kód jsme poslali na {destination}.',
    codeSentByEmail: 'Kód jsme poslali e-mailem na {destination}.',
    codeSentBySms: 'Kód jsme poslali SMS zprávou na {destination}.',
    codeSentNoDestination: 'Poslali jsme vám kód.',
    newCodeSent: 'Nový kód jsme poslali na {destination}.',
    resendAvailable: 'Teď můžete požádat o nový kód.',
    confirmed: 'Váš účet je potvrzený.',
    alreadyConfirmed: 'Váš účet už je potvrzený. Můžete se přihlásit.',
    verified: 'Úspěšně jste ověřili {attribute}.',
    saved: 'Uložili jsme {attribute}.',
    pendingTitle: 'Ověřte nový údaj: {attribute}',
    pendingBody: 'Dokud neověříte {value}, platí dál dosavadní {attribute}.',
    unverifiedTitle: 'Ještě jste neověřili {attribute}',
    unverifiedBody: '{value} je potřeba před použitím ověřit.',
    cancelChange: 'Zrušit změnu',
    tryAgain: 'Zkusit znovu',
    signInAgain: 'Přihlásit se znovu',
    useThisAnyway: 'Přesto použít pro tento účet',
    useThisAnywayHint: 'Tento údaj pak už nepůjde použít jako {attribute} k přihlášení do druhého účtu.',
    waitUntil: 'Zkuste to znovu po {time}.',
    codeHint: {
      one: 'Zadejte {length}místný kód',
      few: 'Zadejte {length}místný kód',
      many: 'Zadejte {length}místný kód',
      other: 'Zadejte {length}místný kód',
    },
    codeNotSentYet: 'Zatím jsme vám kód neposlali. Požádejte o něj a pak ho zadejte sem.',
    loading: 'Načítáme {attribute}…',
    codeHintAnyLength: 'Zadejte kód ze zprávy',
    submitting: 'Kontrolujeme…',
    sending: 'Odesíláme…',
    saving: 'Ukládáme…',
    errorPrefix: 'Chyba:',
    attributeFallback: 'e-mail nebo telefonní číslo',
    usernameLabel: 'Uživatelské jméno',
    resetPasswordHint: 'Kód pošleme na e-mail nebo telefonní číslo uvedené ve vašem účtu.',
    newPasswordLabel: 'Nové heslo',
    showPassword: 'Zobrazit heslo',
    hidePassword: 'Skrýt heslo',
    passwordRulesTitle: 'Požadavky na heslo',
    passwordMinLength: {
      one: 'Alespoň {count} znak',
      few: 'Alespoň {count} znaky',
      many: 'Alespoň {count} znaku',
      other: 'Alespoň {count} znaků',
    },
    passwordLowercase: 'Malé písmeno',
    passwordUppercase: 'Velké písmeno',
    passwordNumber: 'Číslice',
    passwordSymbol: 'Speciální znak, například ! nebo @',
    ruleMet: 'Splněno:',
    ruleNotMet: 'Zbývá splnit:',
    passwordRulesLeft: {
      one: 'Zbývá splnit {count} požadavek',
      few: 'Zbývá splnit {count} požadavky',
      many: 'Zbývá splnit {count} požadavku',
      other: 'Zbývá splnit {count} požadavků',
    },
    passwordRulesAllMet: 'Heslo splňuje všechny požadavky.',
    resetPassword: 'Obnovit heslo',
    resettingPassword: 'Obnovujeme…',
    passwordChanged: 'Vaše heslo bylo změněno. Přihlaste se novým heslem.',
    signIn: 'Přihlásit se',
    confirmAccount: 'Potvrdit účet',
    useAnotherUsername: 'Použít jiné uživatelské jméno',
  },
};
