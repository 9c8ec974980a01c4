/**
 * The SSM parameters through which the long-lived stacks hand their resources to the app stack.
 * A parameter, not a CloudFormation export: the app stack can be replaced, and the data or mail
 * stack can change what it hands over, without an export blocking either.
 */
export const stageParameters = (stage: string) => {
  const name = (what: string) => `/signals/${stage}/${what}`;
  return {
    tableArn: name('table-arn'),
    tableStreamArn: name('table-stream-arn'),
    keyArn: name('key-arn'),
    configurationSetName: name('ses-configuration-set'),
    mailEventsTopicArn: name('ses-events-topic-arn'),
  };
};
