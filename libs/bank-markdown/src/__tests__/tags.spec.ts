import { extractTags } from '../tags';

const fromPoint = (point: string) => extractTags({ kind: 'CONCEPT', title: 'Q', prompt: 'Q', talkingPoints: [point] });
const fromTopic = (prompt: string) => extractTags({ kind: 'TOPIC', title: 'Topic', prompt, talkingPoints: [] });

describe('extractTags', () => {
  it.each([
    ['Mention tools like Evidently AI, WhyLabs, Fiddler AI', ['Evidently AI', 'WhyLabs', 'Fiddler AI']],
    ['Use orchestrators such as Airflow, Dagster, and Prefect.', ['Airflow', 'Dagster', 'Prefect']],
    ['Name stores, e.g. Feast or Tecton; then compare', ['Feast', 'Tecton']],
    ['Cover platforms including SageMaker and Vertex AI', ['SageMaker', 'Vertex AI']],
    ['Discuss tools like Terraform and CloudFormation', ['Terraform', 'CloudFormation']],
    ['Mention tools like Great Expectations', ['Great Expectations']],
    ['Use trackers like MLflow, Weights & Biases for runs', ['MLflow', 'Weights & Biases']],
  ])('reads the list after a trigger word: %s', (point, tags) => {
    expect(fromPoint(point)).toEqual(tags);
  });

  it.each([
    ['Discuss data versioning strategies (DVC, Delta Lake)', ['DVC', 'Delta Lake']],
    ['Explain detection algorithms (ADWIN, KL divergence)', ['ADWIN', 'KL divergence']],
    ['Name stores (e.g., Feast, Tecton, and Hopsworks)', ['Feast', 'Tecton', 'Hopsworks']],
  ])('reads a parenthesised comma list: %s', (point, tags) => {
    expect(fromPoint(point)).toEqual(tags);
  });

  it.each([
    'Explain the role of infrastructure-as-code (IaC)',
    'Metrics monitoring (latency, accuracy, drift)',
    'Compression (quantization, pruning)',
    'Explain SHAP, LIME, and feature importance techniques',
    'Compare this to approaches like the one used by the team at Acme last year',
    'Works like a charm (see the section on drift, below)',
    'Versions (1, 2, 3)',
  ])('finds no tool names in: %s', (point) => {
    expect(fromPoint(point)).toEqual([]);
  });

  it('reads a topic prompt as a comma list, dropping descriptions', () => {
    expect(fromTopic('Prometheus, Grafana, ELK stack')).toEqual(['Prometheus', 'Grafana', 'ELK stack']);
    expect(fromTopic('Kafka, Spark Streaming for real-time ML')).toEqual(['Kafka', 'Spark Streaming']);
    expect(fromTopic('TensorRT, ONNX, quantization techniques')).toEqual(['TensorRT', 'ONNX']);
    expect(fromTopic('Automation and consistency')).toEqual([]);
    expect(fromTopic('Kubernetes for ML workloads')).toEqual([]);
  });

  it('orders tags by appearance across title, prompt and talking points and de-duplicates them', () => {
    expect(
      extractTags({
        kind: 'CONCEPT',
        title: 'Compliance (GDPR, CCPA)',
        prompt: 'How do tools like Vanta, gdpr checkers help?',
        talkingPoints: ['Cover (HIPAA, ccpa)', 'Mention tools like Drata and Vanta'],
      }),
    ).toEqual(['GDPR', 'CCPA', 'Vanta', 'HIPAA', 'Drata']);
  });

  it('orders a trigger list and a parenthesised list within one line by position', () => {
    expect(fromPoint('Stores (Feast, Tecton) versus tools like Hopsworks')).toEqual(['Feast', 'Tecton', 'Hopsworks']);
  });

  it('does not take a concept prompt as a comma list', () => {
    expect(extractTags({ kind: 'CONCEPT', title: 'T', prompt: 'Airflow, Kubeflow, Prefect', talkingPoints: [] })).toEqual([]);
  });
});
