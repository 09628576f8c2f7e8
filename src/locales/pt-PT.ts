import type { Messages } from '../messages/types.ts';

/** Portuguese, Portugal (pt-PT). */
export const messages: Messages = {
  locale: 'pt-PT',

  exceptions: {
    AliasExistsException:
      'Outra conta já utiliza este {attribute}. Utilize outro {attribute} ou inicie sessão na outra conta.',
    CodeDeliveryFailureException:
      'Não foi possível enviar o código. Verifique se o {attribute} está correto e peça um novo código.',
    CodeMismatchException: 'Esse código não corresponde ao que enviámos. Verifique o código e introduza-o novamente.',
    ExpiredCodeException: 'Esse código expirou. Peça um novo código e introduza-o aqui.',
    ForbiddenException:
      'De momento, não podemos aceitar este pedido a partir da sua rede. Tente novamente mais tarde ou, se o problema persistir, contacte o apoio.',
    InternalErrorException: 'Há um problema com o serviço de início de sessão. Tente novamente dentro de alguns minutos.',
    InvalidEmailRoleAccessPolicyException:
      'De momento, não podemos enviar e-mails devido a um problema do nosso lado. Tente novamente mais tarde ou contacte o apoio.',
    InvalidLambdaResponseException:
      'Não foi possível concluir esta ação devido a um problema do nosso lado. Tente novamente mais tarde ou contacte o apoio.',
    InvalidParameterException: 'Alguns dos dados enviados não foram aceites. Verifique-os e tente novamente.',
    InvalidPasswordException: 'Esta palavra-passe não cumpre os requisitos. Escolha outra palavra-passe.',
    InvalidSmsRoleAccessPolicyException:
      'De momento, não podemos enviar SMS devido a um problema do nosso lado. Tente novamente mais tarde ou contacte o apoio.',
    InvalidSmsRoleTrustRelationshipException:
      'De momento, não é possível enviar SMS devido a um problema de configuração do nosso lado. Tente novamente mais tarde ou contacte o apoio.',
    LimitExceededException: 'Houve demasiadas tentativas. Aguarde alguns minutos e tente novamente.',
    NotAuthorizedException: 'A sua sessão terminou. Inicie sessão novamente para continuar.',
    OperationNotEnabledException:
      'De momento, isto não está disponível para a sua conta. Se precisar de ajuda, contacte o apoio.',
    PasswordHistoryPolicyViolationException:
      'Já utilizou esta palavra-passe anteriormente. Escolha uma palavra-passe que não tenha utilizado recentemente.',
    PasswordResetRequiredException:
      'Tem de repor a sua palavra-passe antes de continuar. Reponha-a e inicie sessão novamente.',
    ResourceNotFoundException:
      'Este serviço não está configurado corretamente, por isso não podemos continuar. Tente novamente mais tarde ou contacte o apoio.',
    TooManyFailedAttemptsException:
      'Houve demasiadas tentativas erradas. Aguarde alguns minutos antes de tentar novamente.',
    TooManyRequestsException: 'Houve demasiados pedidos em pouco tempo. Aguarde um minuto e tente novamente.',
    UnexpectedLambdaException:
      'Ocorreu um problema ao verificar os seus dados. Tente novamente mais tarde ou contacte o apoio.',
    UserLambdaValidationException: 'Os seus dados não foram aceites. Verifique-os e tente novamente.',
    UserNotConfirmedException:
      'A sua conta ainda não está confirmada. Confirme-a com o código que enviámos quando se registou e inicie sessão novamente.',
    UserNotFoundException:
      'Não encontramos a sua conta. Pode ter sido encerrada. Inicie sessão novamente para continuar.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Outra conta já utiliza este {attribute}. Inicie sessão nessa conta ou registe-se novamente com outro {attribute}.',
      InvalidParameterException:
        'Não foi possível confirmar uma conta com estes dados. Verifique o nome de utilizador e introduza o código novamente.',
      LimitExceededException:
        'Foram introduzidos demasiados códigos errados. Aguarde alguns minutos e introduza o código novamente.',
      NotAuthorizedException:
        'Não é possível confirmar esta conta. Pode ter sido desativada. Se precisar de ajuda, contacte o apoio.',
      TooManyFailedAttemptsException:
        'Foram introduzidos demasiados códigos errados. Aguarde alguns minutos antes de introduzir o código novamente.',
      UserLambdaValidationException:
        'Não foi possível confirmar a sua conta porque alguns dos seus dados não foram aceites.',
      UserNotFoundException:
        'Não existe nenhuma conta com esse nome de utilizador. Verifique o nome de utilizador e tente novamente.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException:
        'Não foi possível enviar um novo código. Aguarde um momento e peça novamente um novo código.',
      InvalidParameterException:
        'Não foi possível enviar um novo código para esta conta. Se a conta já estiver confirmada, inicie sessão.',
      LimitExceededException: 'Foram pedidos demasiados códigos. Aguarde alguns minutos antes de pedir outro.',
      NotAuthorizedException:
        'Não podemos enviar um código para esta conta. Se precisar de ajuda, contacte o apoio.',
      UserLambdaValidationException:
        'Não foi possível enviar um novo código porque alguns dos seus dados não foram aceites.',
      UserNotFoundException:
        'Não existe nenhuma conta com esse nome de utilizador. Verifique o nome de utilizador e peça um código novamente.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Outra conta já utiliza este {attribute}. Introduza outro {attribute}.',
      CodeDeliveryFailureException:
        'Não foi possível enviar um código para o novo {attribute}. Verifique se está correto e guarde-o novamente.',
      CodeMismatchException:
        'O seu {attribute} não foi alterado porque a verificação de um código falhou. Guarde a alteração novamente para receber um novo código.',
      ExpiredCodeException:
        'O código desta alteração expirou. Guarde a alteração novamente para receber um novo código.',
      InvalidParameterException: 'Não é possível utilizar este {attribute}. Verifique-o e tente novamente.',
      PasswordResetRequiredException:
        'Tem de repor a sua palavra-passe antes de poder alterar o seu {attribute}. Reponha-a e inicie sessão novamente.',
      UserLambdaValidationException: 'Este {attribute} não foi aceite. Verifique-o ou introduza outro.',
      UserNotConfirmedException:
        'Só pode alterar o seu {attribute} depois de confirmar a sua conta. Confirme a conta e tente novamente.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Não foi possível enviar um código para o seu {attribute}. Verifique se está correto e peça um novo código.',
      InvalidParameterException:
        'Não é possível verificar o seu {attribute}. Verifique se está guardado na sua conta e tente novamente.',
      LimitExceededException: 'Foram pedidos demasiados códigos. Aguarde alguns minutos antes de pedir outro.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Outra conta já utiliza este {attribute}, por isso não é possível verificá-lo para a sua. Utilize outro {attribute}.',
      InvalidParameterException:
        'Não foi possível verificar o seu {attribute} com este código. Peça um novo código e introduza-o aqui.',
      LimitExceededException:
        'Foram introduzidos demasiados códigos errados. Aguarde alguns minutos e introduza o código novamente.',
    },
    GetUser: {
      InvalidParameterException:
        'Não foi possível verificar os dados da sua conta. Inicie sessão novamente para continuar.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Não foi possível enviar um código de reposição. Aguarde um momento e peça novamente um código.',
      InvalidParameterException:
        'Não foi possível enviar um código de reposição para esta conta. Se precisar de ajuda para iniciar sessão, contacte o apoio.',
      LimitExceededException:
        'Foram pedidos demasiados códigos de reposição. Aguarde alguns minutos antes de pedir outro.',
      NotAuthorizedException:
        'Não é possível repor a palavra-passe desta conta aqui. Se precisar de ajuda, contacte o apoio.',
      OperationNotEnabledException:
        'De momento, não é possível repor palavras-passe aqui. Se precisar de ajuda para iniciar sessão, contacte o apoio.',
      UserLambdaValidationException:
        'Não foi possível enviar um código de reposição porque alguns dos seus dados não foram aceites.',
      UserNotFoundException:
        'Não foi possível enviar um código para esse nome de utilizador. Verifique o nome de utilizador e tente novamente.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Não foi possível repor a sua palavra-passe com estes dados. Verifique o código e a nova palavra-passe e tente novamente.',
      LimitExceededException:
        'Foram introduzidos demasiados códigos errados. Aguarde alguns minutos e introduza o código novamente.',
      NotAuthorizedException:
        'Não é possível repor a palavra-passe desta conta aqui. Se precisar de ajuda, contacte o apoio.',
      OperationNotEnabledException:
        'De momento, não é possível repor palavras-passe aqui. Se precisar de ajuda para iniciar sessão, contacte o apoio.',
      TooManyFailedAttemptsException:
        'Foram introduzidos demasiados códigos errados. Aguarde alguns minutos antes de introduzir o código novamente.',
      UserLambdaValidationException:
        'Não foi possível alterar a sua palavra-passe porque alguns dos seus dados não foram aceites.',
      UserNotConfirmedException:
        'A sua conta ainda não está confirmada. Confirme-a com o código que enviámos quando se registou e, depois, reponha a sua palavra-passe.',
      UserNotFoundException:
        'Não foi possível repor a palavra-passe desse nome de utilizador. Verifique o nome de utilizador e tente novamente.',
    },
  },

  local: {
    ValidationError: 'Verifique os dados que introduziu e tente novamente.',
    NetworkError:
      'Não foi possível estabelecer ligação. Verifique a sua ligação à Internet e tente novamente.',
    TimeoutError: 'Isto está a demorar demasiado. Verifique a sua ligação à Internet e tente novamente.',
    AbortError: '',
    SessionExpiredError: 'A sua sessão foi terminada. Inicie sessão novamente para continuar.',
    UnknownError: 'Ocorreu um erro. Tente novamente ou, se o problema persistir, contacte o apoio.',
  },

  validation: {
    code: {
      required: 'Introduza o código que lhe enviámos',
      tooLong: 'Introduza apenas o código da mensagem',
      pattern: 'Introduza o código exatamente como aparece na mensagem',
      format: 'Introduza o código no formato correto, por exemplo, 123456',
      incomplete: {
        one: 'Introduza o código completo de {length} dígito',
        many: 'Introduza todos os {length} dígitos do código',
        other: 'Introduza todos os {length} dígitos do código',
      },
    },
    username: {
      required: 'Introduza o seu nome de utilizador',
      tooLong: 'O nome de utilizador deve ter, no máximo, 128 carateres',
      pattern: 'O nome de utilizador não pode conter espaços',
      format: 'Introduza o seu nome de utilizador no formato correto',
    },
    password: {
      required: 'Introduza uma nova palavra-passe',
      tooLong: 'A palavra-passe deve ter, no máximo, 256 carateres',
      pattern: 'A palavra-passe não pode começar nem terminar com um espaço',
      format: 'Escolha uma palavra-passe que cumpra todos os requisitos da lista',
    },
    attributeName: {
      required: 'Escolha o que pretende verificar',
      tooLong: 'O nome do atributo deve ter, no máximo, 32 carateres',
      pattern: 'O nome do atributo não pode conter espaços',
      format: 'Introduza o nome do atributo no formato correto',
    },
    value: {
      required: 'Introduza o seu {attribute}',
      tooLong: 'O seu {attribute} deve ter, no máximo, 2048 carateres',
      pattern: 'O seu {attribute} contém carateres que não podem ser utilizados',
      format: 'Introduza o seu {attribute} no formato correto',
    },
    valueByAttribute: {
      email: {
        format: 'Introduza um endereço de e-mail no formato correto, por exemplo, nome@example.com',
      },
      phone_number: {
        pattern: 'Introduza um número de telemóvel com o indicativo do país, por exemplo, +15555550123',
        format: 'Introduza um número de telemóvel com o indicativo do país, por exemplo, +15555550123',
      },
    },
    configuration: {
      required:
        'Faltam alguns dados de configuração nesta página. Tente novamente mais tarde ou, se o problema persistir, contacte o apoio',
      tooLong:
        'Esta página enviou dados de configuração demasiado longos. Tente novamente mais tarde ou, se o problema persistir, contacte o apoio',
      pattern:
        'Esta página enviou dados de configuração que não podem ser utilizados. Tente novamente mais tarde ou, se o problema persistir, contacte o apoio',
      format:
        'Esta página enviou dados de configuração num formato incorreto. Tente novamente mais tarde ou, se o problema persistir, contacte o apoio',
    },
    accessToken: {
      required: 'Inicie sessão para continuar',
    },
  },

  attributes: {
    email: { noun: 'endereço de e-mail', label: 'E-mail' },
    phone_number: { noun: 'número de telemóvel', label: 'Telemóvel' },
    given_name: { noun: 'nome próprio', label: 'Nome próprio' },
    family_name: { noun: 'apelido', label: 'Apelido' },
    preferred_username: { noun: 'nome de utilizador preferido', label: 'Nome de utilizador preferido' },
  },

  ui: {
    confirmationCodeLabel: 'Código de confirmação',
    verificationCodeLabel: 'Código de verificação',
    confirm: 'Confirmar',
    verify: 'Verificar',
    save: 'Guardar',
    resendCode: 'Reenviar código',
    sendCode: 'Enviar código',
    resendCodeIn: 'Reenviar código dentro de {time}',
    codeSent: 'Enviámos um código para {destination}.',
    codeSentByEmail: 'Enviámos um código por e-mail para {destination}.',
    codeSentBySms: 'Enviámos um código por SMS para {destination}.',
    codeSentNoDestination: 'Enviámos-lhe um código.',
    newCodeSent: 'Enviámos um novo código para {destination}.',
    resendAvailable: 'Já pode pedir um novo código.',
    confirmed: 'A sua conta está confirmada.',
    alreadyConfirmed: 'A sua conta já está confirmada. Pode iniciar sessão.',
    verified: 'O seu {attribute} foi verificado.',
    saved: 'O seu {attribute} foi guardado.',
    pendingTitle: 'Verifique o seu novo {attribute}',
    pendingBody: 'O seu {attribute} atual continua ativo até verificar {value}.',
    unverifiedTitle: 'O seu {attribute} não está verificado',
    unverifiedBody: 'Tem de verificar {value} antes de o poder utilizar.',
    cancelChange: 'Cancelar alteração',
    tryAgain: 'Tentar novamente',
    signInAgain: 'Iniciar sessão novamente',
    useThisAnyway: 'Utilizar nesta conta',
    useThisAnywayHint: 'A outra conta deixará de poder iniciar sessão com este {attribute}.',
    waitUntil: 'Tente novamente depois de {time}.',
    codeHint: {
      one: 'Introduza o código de {length} dígito',
      many: 'Introduza o código de {length} dígitos',
      other: 'Introduza o código de {length} dígitos',
    },
    codeNotSentYet: 'Ainda não enviámos nenhum código. Peça um e introduza-o aqui.',
    loading: 'A carregar o seu {attribute}…',
    codeHintAnyLength: 'Introduza o código da mensagem',
    submitting: 'A verificar…',
    sending: 'A enviar…',
    saving: 'A guardar…',
    errorPrefix: 'Erro:',
    attributeFallback: 'endereço de e-mail ou número de telemóvel',
    usernameLabel: 'Nome de utilizador',
    resetPasswordHint: 'Vamos enviar um código para o endereço de e-mail ou o número de telemóvel da sua conta.',
    newPasswordLabel: 'Nova palavra-passe',
    showPassword: 'Mostrar palavra-passe',
    hidePassword: 'Ocultar palavra-passe',
    passwordRulesTitle: 'A sua palavra-passe tem de ter',
    passwordMinLength: {
      one: 'Pelo menos {count} caráter',
      many: 'Pelo menos {count} carateres',
      other: 'Pelo menos {count} carateres',
    },
    passwordLowercase: 'Uma letra minúscula',
    passwordUppercase: 'Uma letra maiúscula',
    passwordNumber: 'Um número',
    passwordSymbol: 'Um símbolo, como ! ou @',
    ruleMet: 'Requisito cumprido:',
    ruleNotMet: 'Requisito em falta:',
    passwordRulesLeft: {
      one: 'Falta {count} requisito da palavra-passe',
      many: 'Faltam {count} requisitos da palavra-passe',
      other: 'Faltam {count} requisitos da palavra-passe',
    },
    passwordRulesAllMet: 'A sua palavra-passe cumpre todos os requisitos.',
    resetPassword: 'Repor palavra-passe',
    resettingPassword: 'A repor…',
    passwordChanged: 'A sua palavra-passe foi alterada. Inicie sessão com a nova palavra-passe.',
    signIn: 'Iniciar sessão',
    confirmAccount: 'Confirmar conta',
    useAnotherUsername: 'Utilizar outro nome de utilizador',
  },
};
